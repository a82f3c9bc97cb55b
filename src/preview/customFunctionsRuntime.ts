/**
 * The one stand-in for the part of Excel's CustomFunctions runtime the add-in uses, for every host
 * that is not Excel: the preview, and each test that runs the adapters (in Node, in a bare VM
 * context with the built functions.js, and in Chromium). An error type carrying Excel's codes,
 * and an associate() that records each function by id, as Excel does. Importing this module
 * installs it unless the host has the runtime.
 */

/** What the stand-in provides; `associated` holds every function associate() received. */
export interface CustomFunctionsStandIn {
  Error: new (code: string, message?: string) => { code: string; message?: string };
  ErrorCode: { invalidValue: "#VALUE!"; notAvailable: "#N/A"; invalidNumber: "#NUM!" };
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
  associated: Map<string, (...args: unknown[]) => unknown>;
}

/**
 * Builds a fresh stand-in. Self-contained (it refers to nothing outside its body), so a browser
 * test can inject its source text into a page.
 */
export function createCustomFunctionsRuntime(): CustomFunctionsStandIn {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  return {
    Error: class {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
    associate: (id, fn) => {
      associated.set(id, fn);
    },
    associated,
  };
}

const host = globalThis as unknown as { CustomFunctions?: unknown };
if (!host.CustomFunctions) host.CustomFunctions = createCustomFunctionsRuntime();
