/** Jest runs TypeScript through swc (no type check; `npm run typecheck` does that). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } },
    ],
  },
  moduleNameMapper: {
    // office-addin-mock requires an ESM-only package through office-addin-manifest; it only needs this enum.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  testTimeout: 60000,
  // The catalogue's statuses, offers and scheduled prices are functions of the date: every test sees
  // the same day, 2026-12-05 (the clock still moves from there, and timers run as usual).
  fakeTimers: {
    enableGlobally: true,
    now: new Date(2026, 11, 5, 9, 0, 0).getTime(),
    advanceTimers: true,
    doNotFake: [
      "nextTick",
      "setImmediate",
      "clearImmediate",
      "setTimeout",
      "clearTimeout",
      "setInterval",
      "clearInterval",
      "queueMicrotask",
      "hrtime",
      "performance",
      "requestAnimationFrame",
      "cancelAnimationFrame",
      "requestIdleCallback",
      "cancelIdleCallback",
    ],
  },
};
