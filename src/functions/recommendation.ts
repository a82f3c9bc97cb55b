/**
 * FT_RECOMMEND's reading of its arguments and its sentence: the verdict as FT_DECISION writes it,
 * FT_COMPARE's table as it spills (with or without its header row), and why the recommendation
 * wins, in dollars.
 */
import { STRATEGIES, VERDICTS, type Recommendation, type Strategy, type Verdict } from "../engine";
import { basicValue, cellError, isBlank } from "./cells";
import { readNumber } from "./culture";
import { ExcelError } from "./excelError";
import { formatUsd } from "./format";
import { messages, orList } from "./messages";

/** The verdicts as FT_RECOMMEND's help and messages list them. */
export const VERDICT_LIST = orList(VERDICTS);

/** A verdict as FT_DECISION writes it, matched whatever its case and spacing. */
export function readVerdict(text: string): Verdict | undefined {
  const wanted = text.trim().replace(/\s+/g, " ").toLowerCase();
  return VERDICTS.find((verdict) => verdict.toLowerCase() === wanted);
}

const COMPARISON_EXPECTED = `FT_COMPARE's table: rows ${orList(STRATEGIES).replace(" or ", " and ")}, their totals in the fifth column`;

/** The strategies' totals in FT_COMPARE's table, found by name; the error a total held, or why the range is none. */
export function readComparison(raw: unknown): Readonly<Record<Strategy, number>> | ExcelError {
  const rows = Array.isArray(raw) && Array.isArray(raw[0]) ? (raw as unknown[][]) : [[raw]];
  if (rows.length === 1 && rows[0].length === 1 && isBlank(basicValue(rows[0][0]))) {
    return messages.missingArgument("comparison", COMPARISON_EXPECTED);
  }
  // A comparison that is an error (FT_COMPARE's #N/A in its first cell, the rest blank) passes it on.
  for (let r = 0; r < rows.length; r++) {
    for (let c = 0; c < rows[r].length; c++) {
      const cell = rows[r][c];
      if (typeof cell !== "object" || cell === null) continue;
      const error = cellError(cell, `comparison row ${r + 1}, column ${c + 1}`);
      if (error) return error;
    }
  }
  const totals: Partial<Record<Strategy, number>> = {};
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const name = basicValue(row[0]);
    const strategy =
      typeof name === "string" ? STRATEGIES.find((s) => s.toLowerCase() === name.trim().toLowerCase()) : undefined;
    if (!strategy || totals[strategy] !== undefined) continue;
    const value = basicValue(row[4]);
    const total = readNumber(value);
    if (total === undefined || !Number.isFinite(total)) {
      return messages.invalidArgument(`comparison row ${r + 1}, column 5 (total)`, "a total in US dollars", value);
    }
    totals[strategy] = total;
  }
  const missing = STRATEGIES.filter((strategy) => totals[strategy] === undefined);
  if (missing.length > 0) return messages.notComparison(COMPARISON_EXPECTED, orList(missing));
  return totals as Record<Strategy, number>;
}

/** The strategies as a sentence names them. */
export const STRATEGY_WORDS: Readonly<Record<Strategy, string>> = {
  "Larger model": "the larger model",
  "Fine-tuned small model": "the fine-tuned small model",
  "Small model + memory": "the small model with memory",
};

/** What the rule's first choice allows, in words. */
const RULE_WORDS: Readonly<Record<Strategy, string>> = {
  "Larger model": "only the larger model",
  "Fine-tuned small model": "fine-tuning",
  "Small model + memory": "memory",
};

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A total or a difference of totals in whole dollars, as a budget states it: cents are noise over months. */
const dollars = (value: number): string => formatUsd(Math.abs(value) >= 1 ? Math.round(value) : value);

/** One sentence that says why, in dollars, and says so plainly when the money overrules the rule. */
export function recommendationReason(rec: Recommendation, totals: Readonly<Record<Strategy, number>>): string {
  const chosen = STRATEGY_WORDS[rec.strategy];
  let reason: string;
  if (rec.overruled) {
    reason = `The rule allows ${RULE_WORDS[rec.ruleChoice]}, but ${chosen} costs ${dollars(rec.margin)} less in total.`;
  } else if (!rec.runnerUp) {
    reason = `The rule allows only the larger model for this task, at ${dollars(totals[rec.strategy])} in total.`;
  } else if (rec.margin === 0) {
    reason = `${capitalised(chosen)}, the rule's choice, costs the same in total as ${STRATEGY_WORDS[rec.runnerUp]}.`;
  } else {
    reason =
      `${capitalised(chosen)}, the rule's choice, is also the cheapest it allows: ` +
      `${dollars(rec.margin)} less in total than ${STRATEGY_WORDS[rec.runnerUp]}.`;
  }
  if (rec.cheaperUnfit) {
    reason +=
      ` ${capitalised(STRATEGY_WORDS[rec.cheaperUnfit.strategy])} would cost ${dollars(rec.cheaperUnfit.saving)} ` +
      "less, but the rule finds it unfit for the task.";
  }
  return reason;
}

/** The verdict argument refused. */
export const invalidVerdict = (value: unknown): ExcelError =>
  messages.invalidArgument("verdict", `one of ${VERDICT_LIST}`, value);
