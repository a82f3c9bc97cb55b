/**
 * Every budget the project holds itself to, in one place: `npm run bench` checks them all, and the
 * bundle test checks the size budget on every `npm test`.
 */

/**
 * dist/functions.js loads before the first formula can compute: at most 24 KiB as it travels,
 * gzip-compressed (issue 20, in place of a raw-byte budget: the catalogue's dates, offers and
 * open-weight models are data that compresses well, and Office loads the file over HTTP).
 */
export const FUNCTIONS_BUNDLE_GZIP_BUDGET_BYTES = 24 * 1024;

/**
 * One broadcast formula over 100,000 rows, per cell, through the adapter Excel calls: FT_BREAKEVEN,
 * the slower of its plain and its discounted path (issue 21).
 */
export const BROADCAST_NS_PER_CELL_BUDGET = 200;

/**
 * The same for MODEL_REQUEST_COST, which looks a model up by name in every row: the budget the
 * broadcast figure held before issue 21 measured FT_BREAKEVEN alone against 200 ns.
 */
export const MODEL_LOOKUP_NS_PER_CELL_BUDGET = 500;

/**
 * The payload's estimate of a 100,000-row result against the broadcast that makes it (issue 25):
 * under a tenth.
 */
export const PAYLOAD_ESTIMATE_SHARE_BUDGET = 0.1;

/** From inserting functions.js into a page to REQUEST_COST's first result, in headless Chromium. */
export const FIRST_RESULT_MS_BUDGET = 25;

/** The engine against the same arithmetic written inline. */
export const ENGINE_VS_INLINE_RATIO_BUDGET = 1.5;

/** 10,000 filled-down AICOST formulas against the same math in native formulas. */
export const GRID_FILLDOWN_VS_NATIVE_RATIO_BUDGET = 1.5;

/** FT_PAYBACK_RISK with 100,000 samples, through the adapter Excel calls (issue 12). */
export const RISK_MS_100K_BUDGET = 50;

/** FT_PAYBACK_RISK with 1,000,000 samples, its most: "about a second" on these machines. */
export const RISK_MS_1M_BUDGET = 1_000;

/**
 * FT_COMPARE_RISK with 100,000 samples and six ranged inputs, through the adapter Excel calls: each
 * sample figures all four strategies as FT_COMPARE does.
 */
export const COMPARE_RISK_MS_100K_BUDGET = 150;

/** The preview: an arrow key to the next painted frame on a 10,000-row sheet, median (issue 13). */
export const PREVIEW_KEYPRESS_MS_BUDGET = 16;

/** The preview: Ctrl+D over 10,000 rows, to the next painted frame (issue 13). */
export const PREVIEW_FILLDOWN_10K_MS_BUDGET = 1_000;

/** WORKLOAD over 1,000,000 request rows, through the adapter Excel calls (issue 26). */
export const WORKLOAD_MS_1M_BUDGET = 300;

/**
 * A 1,000,000-row usage log imported through the preview's pane, from choosing the file to its
 * Usage sheet written (issue 26).
 */
export const USAGE_IMPORT_MS_1M_BUDGET = 10_000;
