/**
 * Every budget the project holds itself to, in one place: `npm run bench` checks them all, and the
 * bundle test checks the size budget on every `npm test`.
 */

/**
 * dist/functions.js loads before the first formula can compute. 50 KiB: what Excel passes (error
 * kinds, cell-value objects, the workbook's number separators, size caps) costs about 4.4 KB, the
 * price catalogue of late 2026 (45 models, 14 price kinds, statuses, names) about 10 KB,
 * FT_RECOMMEND with FT_COMPARE's new arguments about 4 KB, and FT_PAYBACK_RISK and FT_SENSITIVITY
 * (the seeded generator, the sampling, the selection of percentiles, the ranges' reader and their
 * messages) about 6 KB.
 */
export const FUNCTIONS_BUNDLE_BUDGET_BYTES = 51_200;

/** One broadcast formula over 100,000 rows, per cell, through the adapter Excel calls. */
export const BROADCAST_NS_PER_CELL_BUDGET = 500;

/** From inserting functions.js into a page to REQUEST_COST's first result, in headless Chromium. */
export const FIRST_RESULT_MS_BUDGET = 100;

/** The engine against the same arithmetic written inline. */
export const ENGINE_VS_INLINE_RATIO_BUDGET = 1.5;

/** 10,000 filled-down AICOST formulas against the same math in native formulas. */
export const GRID_FILLDOWN_VS_NATIVE_RATIO_BUDGET = 1.5;

/** FT_PAYBACK_RISK with 100,000 samples, through the adapter Excel calls (issue 12). */
export const RISK_MS_100K_BUDGET = 50;

/** FT_PAYBACK_RISK with 1,000,000 samples, its most: "about a second" on these machines. */
export const RISK_MS_1M_BUDGET = 1_000;

/** The preview: an arrow key to the next painted frame on a 10,000-row sheet, median (issue 13). */
export const PREVIEW_KEYPRESS_MS_BUDGET = 16;

/** The preview: Ctrl+D over 10,000 rows, to the next painted frame (issue 13). */
export const PREVIEW_FILLDOWN_10K_MS_BUDGET = 1_000;
