// One lint configuration for the project: ESLint's and typescript-eslint's recommended rules,
// the Office add-in rules, Prettier as a lint rule, and Node globals for the build scripts.
// The Office plugin's own preset bundles an older typescript-eslint that cannot be registered
// beside the project's, so its rules are enabled here on the project's parser instead.
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-plugin-prettier";
import prettierConfig from "eslint-config-prettier";
import tseslint from "typescript-eslint";
import globals from "globals";
import noImportCycle from "./scripts/eslint/no-import-cycle.mjs";

export default [
  { ignores: ["dist/", "coverage/", "node_modules/", "bench/results.json", "bench/.build/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettierConfig,
  {
    plugins: { "office-addins": officeAddins, prettier },
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
      "prettier/prettier": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // No circle of imports inside src/: each module can be read, tested and moved on its own.
    files: ["src/**/*.ts"],
    plugins: { local: { rules: { "no-import-cycle": noImportCycle } } },
    rules: { "local/no-import-cycle": "error" },
  },
  {
    files: ["src/taskpane/**/*.ts"],
    languageOptions: { globals: { ...globals.browser, Office: "readonly", Excel: "readonly" } },
  },
  {
    files: ["src/functions/**/*.ts"],
    languageOptions: { globals: { CustomFunctions: "readonly" } },
  },
  {
    files: ["test/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["test/browser/**/*.js"],
    languageOptions: { sourceType: "script", globals: globals.browser },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { globals: globals.node },
  },
  // Dependency boundaries (SPEC section 1): imports may not point the wrong way. These blocks stay
  // last: in flat config a later block that sets no-restricted-imports for the same files replaces
  // these options instead of adding to them, so any further restriction belongs in these lists.
  // test/build/boundaries.test.ts lints sample imports through this file and fails if one is lost.
  {
    files: ["src/engine/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // Anything not "./…", or anything that climbs out through a ".." segment.
              regex: "^(?!\\./)|(^|/)\\.\\.(/|$)",
              message: "The engine is pure: it imports nothing outside src/engine (no packages, no other folders).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/functions/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\.?/)*\\.\\./(src/)?(taskpane|preview|sheet)(/|$)",
              message:
                "Custom functions may not import the task pane, the preview or the workbook model; they get every number from the engine.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\.?/)*\\.\\./(src/)?preview(/|$)",
              message:
                "The task pane may not import the preview; the preview builds on the task pane, not the reverse.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/sheet/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\.?/)*\\.\\./(src/)?(taskpane|preview)(/|$)",
              message:
                "The workbook model may not import the task pane or the preview; they build on it, not the reverse.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/prices/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\.?/)*\\.\\./(src/)?(functions|sheet|taskpane|preview)(/|$)",
              message: "Price files are read by pure code: src/prices imports only the engine and its parsers.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/usage/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // Anything but "./…" and "../engine…", or anything that climbs out through a later ".." segment.
              regex: "^(?!\\./|\\.\\./engine(/|$))|^\\.\\.?/(.*/)?\\.\\.(/|$)",
              message:
                "Usage files are read by pure code: src/usage imports only the engine (no package, no other folder).",
            },
          ],
        },
      ],
    },
  },
];
