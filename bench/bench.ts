/**
 * `npm run bench`: speed and size, each figure measured side by side in one run, printed as a
 * table with its budget and written to bench/results.json. Exits non-zero when a budget fails.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import {
  BROADCAST_NS_PER_CELL_BUDGET,
  COMPARE_RISK_MS_100K_BUDGET,
  MODEL_LOOKUP_NS_PER_CELL_BUDGET,
  PAYLOAD_ESTIMATE_SHARE_BUDGET,
  ENGINE_VS_INLINE_RATIO_BUDGET,
  FIRST_RESULT_MS_BUDGET,
  FUNCTIONS_BUNDLE_GZIP_BUDGET_BYTES,
  GRID_FILLDOWN_VS_NATIVE_RATIO_BUDGET,
  PREVIEW_FILLDOWN_10K_MS_BUDGET,
  PREVIEW_KEYPRESS_MS_BUDGET,
  RISK_MS_100K_BUDGET,
  RISK_MS_1M_BUDGET,
  USAGE_IMPORT_MS_1M_BUDGET,
  WORKLOAD_MS_1M_BUDGET,
} from "./budgets";
import { benchBroadcast, BROADCAST_ROWS } from "./broadcast";
import { benchCompareRisk } from "./compareRisk";
import { benchEngine } from "./engine";
import { benchFirstResult } from "./firstResult";
import { benchGrid, GRID_ROWS } from "./grid";
import { benchPreview } from "./preview";
import { benchRisk } from "./risk";
import { benchUsageImport, benchWorkload } from "./usage";

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");

interface Budget {
  key: string;
  limit: string;
  passed: boolean;
}

async function main(): Promise<void> {
  const functionsBundle = fs.readFileSync(path.join(DIST, "functions.js"));
  const taskpaneBundle = fs.readFileSync(path.join(DIST, "taskpane.js"));
  const engine = benchEngine();
  const broadcast = benchBroadcast();
  const grid = benchGrid();
  const risk = benchRisk();
  const compareRisk = benchCompareRisk();
  const firstResult = await benchFirstResult(DIST);
  const preview = await benchPreview(DIST);
  const workloadMs = benchWorkload();
  const usageImportMs = await benchUsageImport(DIST);

  const results = {
    engine_ns_per_call: round(engine.engineNsPerCall, 2),
    inline_ns_per_call: round(engine.inlineNsPerCall, 2),
    engine_vs_inline_ratio: round(engine.ratio, 2),
    broadcast_rows: BROADCAST_ROWS,
    broadcast_ns_per_cell: round(broadcast.nsPerCell, 1),
    broadcast_ft_breakeven_ns_per_cell: round(broadcast.breakEvenNs, 1),
    broadcast_ft_breakeven_discounted_ns_per_cell: round(broadcast.discountedBreakEvenNs, 1),
    broadcast_model_request_cost_ns_per_cell: round(broadcast.requestCostNs, 1),
    broadcast_gpu_monthly_cost_ns_per_cell: round(broadcast.gpuNs, 1),
    payload_estimate_vs_broadcast_ratio: round(broadcast.payloadEstimateShare, 3),
    grid_rows: GRID_ROWS,
    grid_broadcast_ms: round(grid.broadcast, 1),
    grid_filldown_ms: round(grid.filldown, 1),
    grid_native_ms: round(grid.native, 1),
    grid_filldown_vs_native_ratio: round(grid.filldown / grid.native, 2),
    grid_broadcast_vs_native_ratio: round(grid.broadcast / grid.native, 2),
    functions_bundle_bytes: functionsBundle.length,
    functions_bundle_gzip_bytes: zlib.gzipSync(functionsBundle, { level: 9 }).length,
    taskpane_bundle_bytes: taskpaneBundle.length,
    first_result_ms: firstResult === undefined ? null : round(firstResult, 1),
    preview_keypress_ms: preview === undefined ? null : round(preview.keypressMs, 1),
    preview_filldown_10k_ms: preview === undefined ? null : round(preview.filldownMs, 1),
    risk_ms_100k: round(risk.ms100k, 1),
    risk_ms_1m: round(risk.ms1m, 1),
    compare_risk_ms_100k: round(compareRisk.ms100k, 1),
    workload_ms_1m: round(workloadMs, 1),
    usage_import_ms_1m: usageImportMs === undefined ? null : round(usageImportMs, 0),
  };
  const budgets: Budget[] = [
    {
      key: "functions_bundle_gzip_bytes",
      limit: `≤ ${FUNCTIONS_BUNDLE_GZIP_BUDGET_BYTES.toLocaleString("en-US")} bytes gzip`,
      passed: results.functions_bundle_gzip_bytes <= FUNCTIONS_BUNDLE_GZIP_BUDGET_BYTES,
    },
    {
      key: "broadcast_ns_per_cell",
      limit: `≤ ${BROADCAST_NS_PER_CELL_BUDGET} ns`,
      passed: results.broadcast_ns_per_cell <= BROADCAST_NS_PER_CELL_BUDGET,
    },
    {
      key: "broadcast_model_request_cost_ns_per_cell",
      limit: `≤ ${MODEL_LOOKUP_NS_PER_CELL_BUDGET} ns`,
      passed: results.broadcast_model_request_cost_ns_per_cell <= MODEL_LOOKUP_NS_PER_CELL_BUDGET,
    },
    {
      key: "payload_estimate_vs_broadcast_ratio",
      limit: `< ${PAYLOAD_ESTIMATE_SHARE_BUDGET}`,
      passed: results.payload_estimate_vs_broadcast_ratio < PAYLOAD_ESTIMATE_SHARE_BUDGET,
    },
    {
      key: "first_result_ms",
      limit: `≤ ${FIRST_RESULT_MS_BUDGET} ms`,
      passed: results.first_result_ms !== null && results.first_result_ms <= FIRST_RESULT_MS_BUDGET,
    },
    {
      key: "grid_filldown_vs_native_ratio",
      limit: `≤ ${GRID_FILLDOWN_VS_NATIVE_RATIO_BUDGET}`,
      passed: results.grid_filldown_vs_native_ratio <= GRID_FILLDOWN_VS_NATIVE_RATIO_BUDGET,
    },
    {
      key: "grid_broadcast_vs_native_ratio",
      limit: "< 1 (faster than native)",
      passed: results.grid_broadcast_vs_native_ratio < 1,
    },
    {
      key: "preview_keypress_ms",
      limit: `≤ ${PREVIEW_KEYPRESS_MS_BUDGET} ms`,
      passed: results.preview_keypress_ms !== null && results.preview_keypress_ms <= PREVIEW_KEYPRESS_MS_BUDGET,
    },
    {
      key: "preview_filldown_10k_ms",
      limit: `≤ ${PREVIEW_FILLDOWN_10K_MS_BUDGET.toLocaleString("en-US")} ms`,
      passed:
        results.preview_filldown_10k_ms !== null && results.preview_filldown_10k_ms <= PREVIEW_FILLDOWN_10K_MS_BUDGET,
    },
    {
      key: "risk_ms_100k",
      limit: `≤ ${RISK_MS_100K_BUDGET} ms`,
      passed: results.risk_ms_100k <= RISK_MS_100K_BUDGET,
    },
    {
      key: "risk_ms_1m",
      limit: `≤ ${RISK_MS_1M_BUDGET.toLocaleString("en-US")} ms`,
      passed: results.risk_ms_1m <= RISK_MS_1M_BUDGET,
    },
    {
      key: "compare_risk_ms_100k",
      limit: `≤ ${COMPARE_RISK_MS_100K_BUDGET} ms`,
      passed: results.compare_risk_ms_100k <= COMPARE_RISK_MS_100K_BUDGET,
    },
    {
      key: "workload_ms_1m",
      limit: `< ${WORKLOAD_MS_1M_BUDGET} ms`,
      passed: results.workload_ms_1m < WORKLOAD_MS_1M_BUDGET,
    },
    {
      key: "usage_import_ms_1m",
      limit: `< ${USAGE_IMPORT_MS_1M_BUDGET.toLocaleString("en-US")} ms`,
      passed: results.usage_import_ms_1m !== null && results.usage_import_ms_1m < USAGE_IMPORT_MS_1M_BUDGET,
    },
    {
      key: "engine_vs_inline_ratio",
      limit: `≤ ${ENGINE_VS_INLINE_RATIO_BUDGET}`,
      passed: results.engine_vs_inline_ratio <= ENGINE_VS_INLINE_RATIO_BUDGET,
    },
  ];

  const width = Math.max(...Object.keys(results).map((key) => key.length));
  console.log(`\n${"figure".padEnd(width)}  ${"value".padStart(12)}  budget`);
  for (const [key, value] of Object.entries(results)) {
    const budget = budgets.find((candidate) => candidate.key === key);
    const verdict = budget ? `${budget.limit}: ${budget.passed ? "pass" : "FAIL"}` : "";
    console.log(`${key.padEnd(width)}  ${String(value ?? "n/a").padStart(12)}  ${verdict}`);
  }
  if (firstResult === undefined)
    console.log("\nfirst_result_ms: Chromium was not found at /usr/bin/chromium (apt-get install chromium).");

  fs.mkdirSync(path.join(ROOT, "bench"), { recursive: true });
  const file = path.join(ROOT, "bench", "results.json");
  fs.writeFileSync(file, `${JSON.stringify({ ...results, budgets }, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(ROOT, file)}.`);
  const failed = budgets.filter((budget) => !budget.passed);
  if (failed.length > 0) {
    console.error(`Budgets failed: ${failed.map((budget) => budget.key).join(", ")}`);
    process.exitCode = 1;
  }
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
