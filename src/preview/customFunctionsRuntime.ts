/**
 * The part of Excel's CustomFunctions runtime the adapters need, for hosts other than Excel: an
 * error type carrying Excel's codes, and an associate() that records each function as Excel
 * would. Imported for its effect before the adapters load, since the build appends
 * CustomFunctions.associate calls to them. A host that has the runtime keeps it.
 */
const host = globalThis as unknown as { CustomFunctions?: unknown };

if (!host.CustomFunctions) {
  const associated = new Map<string, unknown>();
  host.CustomFunctions = {
    Error: class {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
    associate: (id: string, fn: unknown) => associated.set(id, fn),
    associated,
  };
}

export {};
