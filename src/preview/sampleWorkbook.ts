/**
 * The workbook the preview opens with: the source article's worked example as live AICOST
 * formulas, a 20-row scenario grid filled down from its first row, and the price catalogue.
 */
import { listModels, PRICE_TABLE_COLUMNS } from "../engine";
import { today } from "../functions/clock";
import { COMPARE_FORMATS, FORMATS } from "../sheet/formats";
import { columnName, type CellStyle } from "../sheet/layout";
import { parseAddress } from "./hyperformulaSheet";
import type { PreviewWorkbook } from "./workbook";

type Entry = [address: string, content: string | number, format?: string, style?: CellStyle];

const WORKED_EXAMPLE: Entry[] = [
  ["A1", "The source article's worked example", FORMATS.flag, "title"],
  [
    "A2",
    "Every number below is a live AICOST formula: select a cell to see it in the formula bar.",
    FORMATS.flag,
    "note",
  ],
  ["A4", "Per request (5,000 input and 500 output tokens)", FORMATS.flag, "heading"],
  ["A5", "Claude Sonnet 4"],
  ["B5", '=AICOST.MODEL_REQUEST_COST("claude-sonnet-4",5000,500)', FORMATS.perRequest, "result"],
  ["A6", "Claude 3.5 Haiku"],
  ["B6", '=AICOST.MODEL_REQUEST_COST("claude-3.5-haiku",5000,500)', FORMATS.perRequest, "result"],
  ["A7", "Saving per request (the monthly saving of one request)"],
  ["B7", "=AICOST.FT_MONTHLY_SAVINGS(B5,B6,1)", FORMATS.perRequest, "result"],
  ["A9", "Monthly savings", FORMATS.flag, "heading"],
  ["A10", "At 500,000 requests a month"],
  ["B10", "=AICOST.FT_MONTHLY_SAVINGS(B5,B6,500000)", FORMATS.money, "result"],
  ["A11", "At 100,000 requests a month"],
  ["B11", "=AICOST.FT_MONTHLY_SAVINGS(B5,B6,100000)", FORMATS.money, "result"],
  ["A13", "Break-even months", FORMATS.flag, "heading"],
  ["B13", "$5,000 upfront", FORMATS.flag, "header"],
  ["C13", "$30,000 upfront", FORMATS.flag, "header"],
  ["A14", "At 500,000 requests a month"],
  ["B14", "=AICOST.FT_BREAKEVEN(5000,$B$10)", FORMATS.months, "result"],
  ["C14", "=AICOST.FT_BREAKEVEN(30000,$B$10)", FORMATS.months, "result"],
  ["A15", "At 100,000 requests a month"],
  ["B15", "=AICOST.FT_BREAKEVEN(5000,$B$11)", FORMATS.months, "result"],
  ["C15", "=AICOST.FT_BREAKEVEN(30000,$B$11)", FORMATS.months, "result"],
  ["A16", "At 500,000, discounted at 10% a year"],
  ["C16", "=AICOST.FT_BREAKEVEN(30000,$B$10,0,10%)", "0.0000", "result"],
  ["A18", "Net savings over 12 months ($17,500 upfront, $1,250 a month maintenance)", FORMATS.flag, "heading"],
  ["A19", "Undiscounted"],
  ["B19", "=AICOST.FT_NET_SAVINGS(17500,B10,12,1250)", FORMATS.money, "result"],
  ["A20", "Discounted at 10% a year"],
  ["B20", "=AICOST.FT_NET_SAVINGS(17500,B10,12,1250,0.1)", FORMATS.price, "result"],
  ["A22", "Four strategies over 12 months (memory: 1,000 recalled tokens and $200 a month)", FORMATS.flag, "heading"],
  ["A23", '=AICOST.FT_COMPARE("claude-sonnet-4","claude-3.5-haiku",5000,500,500000,12,17500,1250,1000,200,0,H23:N24)'],
  // Anthropic sells no fine-tuning of Claude 3.5 Haiku: the article's assumption is the analyst's own price table.
  [
    "H22",
    "The article's assumption: Claude 3.5 Haiku fine-tuned at its list prices (a price table)",
    FORMATS.flag,
    "heading",
  ],
  ...PRICE_TABLE_COLUMNS.slice(0, 7).map((heading, index): Entry => [
    `${columnName(7 + index)}23`,
    heading,
    FORMATS.flag,
    "header",
  ]),
  ...(["claude-3.5-haiku", 0.8, 4, 0.08, "", 0.8, 4] as const).flatMap((value, index): Entry[] =>
    value === "" ? [] : [[`${columnName(7 + index)}24`, value, index === 0 ? FORMATS.text : FORMATS.flag, "input"]],
  ),
  ["A28", "The decision rule for a narrow classification task at 500,000 requests a month", FORMATS.flag, "heading"],
  ["A29", '=AICOST.FT_DECISION("classification",8,12,500000)', FORMATS.flag, "result"],
  ["A30", '=AICOST.FT_DECISION_REASONS("classification",8,12,500000)'],
  ["A39", "One recommendation: the cheapest strategy the rule allows, and why", FORMATS.flag, "heading"],
  ["A40", "=AICOST.FT_RECOMMEND(A29,A23:F27)", FORMATS.flag, "result"],
];

/** Model pairs, volumes and token counts of the 20 scenarios: every one pays back. */
const PAIRS = [
  ["claude-sonnet-4", "claude-3.5-haiku"],
  ["gpt-4o", "gpt-4o-mini"],
  ["gpt-4.1", "gpt-4.1-mini"],
  ["claude-opus-4.1", "claude-haiku-4.5"],
  ["gemini-2.5-pro", "gemini-2.5-flash"],
];
export const SCENARIO_ROWS = 20;
export const SCENARIO_FIRST_ROW = 7;

function scenarioEntries(): Entry[] {
  const entries: Entry[] = [
    ["A1", "Scenario grid: 20 workloads, one formula per column filled down", FORMATS.flag, "title"],
    [
      "A2",
      "Change an input (blue) and every row updates. Upfront and maintenance apply to all rows.",
      FORMATS.flag,
      "note",
    ],
    ["A3", "Upfront cost", FORMATS.flag, "label"],
    ["B3", 17500, FORMATS.money, "input"],
    ["A4", "Maintenance per month", FORMATS.flag, "label"],
    ["B4", 1250, FORMATS.money, "input"],
  ];
  const headings = [
    "Scenario",
    "Requests/month",
    "Input tokens",
    "Output tokens",
    "Larger model",
    "Small model",
    "Larger $/request",
    "Small $/request",
    "Savings/month",
    "Break-even months",
    "Net savings, 12 months",
    "Decision rule",
  ];
  headings.forEach((heading, index) =>
    entries.push([`${String.fromCharCode(65 + index)}6`, heading, FORMATS.flag, "header"]),
  );
  for (let index = 0; index < SCENARIO_ROWS; index++) {
    const row = SCENARIO_FIRST_ROW + index;
    const [large, small] = PAIRS[index % PAIRS.length];
    entries.push(
      [`A${row}`, index + 1, FORMATS.count],
      [`B${row}`, 150_000 + index * 100_000, FORMATS.count, "input"],
      [`C${row}`, 3000 + (index % 4) * 1000, FORMATS.count, "input"],
      [`D${row}`, 400 + (index % 3) * 100, FORMATS.count, "input"],
      [`E${row}`, large, FORMATS.text, "input"],
      [`F${row}`, small, FORMATS.text, "input"],
    );
  }
  const first = SCENARIO_FIRST_ROW;
  entries.push(
    [`G${first}`, `=AICOST.MODEL_REQUEST_COST(E${first},C${first},D${first})`, FORMATS.perRequest],
    [`H${first}`, `=AICOST.MODEL_REQUEST_COST(F${first},C${first},D${first})`, FORMATS.perRequest],
    [`I${first}`, `=AICOST.FT_MONTHLY_SAVINGS(G${first},H${first},B${first})`, FORMATS.money],
    [`J${first}`, `=AICOST.FT_BREAKEVEN($B$3,I${first},$B$4)`, FORMATS.months],
    [`K${first}`, `=AICOST.FT_NET_SAVINGS($B$3,I${first},12,$B$4)`, FORMATS.money],
    [`L${first}`, `=AICOST.FT_DECISION("extraction",8,12,B${first})`, FORMATS.flag],
  );
  return entries;
}

// The assumptions start two rows below the catalogue's last row (a header and one row a model).
const CATALOGUE: Entry[] = [
  ["A1", "=AICOST.MODELS()"],
  [`A${listModels(undefined, false, today()).length + 4}`, "=AICOST.ASSUMPTIONS()"],
];

function write(workbook: PreviewWorkbook, name: string, entries: Entry[]): number {
  const sheet = workbook.addSheet(name);
  for (const [address, content, format, style] of entries) {
    const { row, column } = parseAddress(address);
    const text = typeof content === "string" && format === FORMATS.text ? `'${content}` : String(content);
    workbook.hf.setCellContents({ sheet, row, col: column }, typeof content === "number" ? content : text);
    if (format) workbook.setFormat(sheet, row, column, format, style);
  }
  return sheet;
}

/** Fills a new workbook with the sample sheets. */
export function loadSampleWorkbook(workbook: PreviewWorkbook): void {
  const example = write(workbook, "Worked example", WORKED_EXAMPLE);
  // Labels fit their column, and the break-even table's headers theirs (points, as Excel sets widths).
  workbook.setColumnWidth(example, 0, 300);
  for (const column of [1, 2]) workbook.setColumnWidth(example, column, 90);
  for (let row = 22; row <= 26; row++) {
    COMPARE_FORMATS.forEach((format, column) => workbook.setFormat(example, row, column, format));
  }
  const scenarios = write(workbook, "Scenarios", scenarioEntries());
  const top = SCENARIO_FIRST_ROW - 1;
  workbook.fillDown(scenarios, top, 6, top + SCENARIO_ROWS - 1, 11);
  write(workbook, "Catalogue", CATALOGUE);
}
