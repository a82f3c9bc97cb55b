/**
 * A team's usage files read into usage logs (SPEC 3.13): OpenAI's organization Usage API for
 * completions and LiteLLM's spend logs, as JSON or CSV, and any CSV whose columns the analyst maps.
 * Pure, streaming and without network requests: it imports only the engine, and runs in Node and
 * in the browser alike.
 */
export { csvHeaders } from "./csv";
export { cleanModelName, formulaLike, type SkippedRows, type UsageLog } from "./log";
export { MAPPING_ROLES, headerSignature, normaliseHeader, type ColumnMapping, type MappingRole } from "./mapping";
export * from "./messages";
export { createUsageReader, readUsageStream, readUsageText, type UsageReader } from "./reader";
export { MAX_SHEET_ROWS, forModel, modelsOf, summariseByDay, type ModelUsage } from "./summaries";
