/**
 * FT_RECOMMEND's reading of its arguments and its sentence: the verdict as FT_DECISION writes it,
 * FT_COMPARE's table as it spills (with or without its header row), and why the recommendation
 * wins, in dollars.
 */
import { STRATEGIES, VERDICTS, type Recommendation, type Strategy, type Verdict } from "../engine";
import { basicValue, cellError, isBlank } from "./cells";
import { compareColumn } from "./comparisonTable";
import { readNumber } from "./culture";
import { ExcelError } from "./excelError";
import { formatUsd } from "./format";
import { messages, orList, separatorsRefusal } from "./messages";

/** The verdicts as FT_RECOMMEND's help and messages list them. */
export const VERDICT_LIST = orList(VERDICTS);

/** A verdict as FT_DECISION writes it, matched whatever its case and spacing. */
export function readVerdict(text: string): Verdict | undefined {
  const wanted = text.trim().replace(/\s+/g, " ").toLowerCase();
  return VERDICTS.find((verdict) => verdict.toLowerCase() === wanted);
}

/** The column of the totals, found by its name. */
const TOTAL = compareColumn("total");

const COMPARISON_EXPECTED = `FT_COMPARE's table: a row per strategy (${orList(STRATEGIES)}) by name, totals in the fifth column`;

/** What a total of the comparison must be. */
const TOTAL_EXPECTED = "a total in US dollars";

/** The strategies' totals as FT_RECOMMEND reads them: undefined for a strategy that is not priced. */
export type Totals = Readonly<Record<Strategy, number | undefined>>;

/**
 * The strategies' totals in FT_COMPARE's table, found by name (SPEC 3.4b). A strategy whose total
 * is #N/A (FT_COMPARE could not price it) or whose row is absent (a table written before it had
 * one) is not priced; any other error in a total, or the table's own error, is passed on. The
 * larger model's row is required.
 */
export function readComparison(raw: unknown): Totals | ExcelError {
  const rows = Array.isArray(raw) && Array.isArray(raw[0]) ? (raw as unknown[][]) : [[raw]];
  if (rows.length === 1 && rows[0].length === 1 && isBlank(basicValue(rows[0][0]))) {
    return messages.missingArgument("comparison", COMPARISON_EXPECTED);
  }
  // A comparison that is an error (FT_COMPARE's error in its first cell, the rest blank) passes it on.
  const first = rows[0][0];
  if (typeof first === "object" && first !== null) {
    const error = cellError(first, "comparison row 1, column 1");
    if (error) return error;
  }
  const totals: Partial<Record<Strategy, number | undefined>> = {};
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const name = basicValue(row[0]);
    const strategy =
      typeof name === "string" ? STRATEGIES.find((s) => s.toLowerCase() === name.trim().toLowerCase()) : undefined;
    if (!strategy || strategy in totals) continue;
    const cell = row[TOTAL];
    if (typeof cell === "object" && cell !== null) {
      const error = cellError(cell, `comparison row ${r + 1}, column ${TOTAL + 1} (total)`);
      if (error && error.code === "#N/A" && strategy !== "Larger model") {
        totals[strategy] = undefined;
        continue;
      }
      if (error) return error;
    }
    const value = basicValue(cell);
    const total = readNumber(value);
    if (total === undefined || !Number.isFinite(total)) {
      const label = `comparison row ${r + 1}, column ${TOTAL + 1} (total)`;
      const why = typeof value === "string" ? separatorsRefusal(label, TOTAL_EXPECTED, value) : undefined;
      return why ?? messages.invalidArgument(label, TOTAL_EXPECTED, value);
    }
    totals[strategy] = total;
  }
  if (totals["Larger model"] === undefined) return messages.notComparison(COMPARISON_EXPECTED, "Larger model");
  return Object.fromEntries(STRATEGIES.map((strategy) => [strategy, totals[strategy]])) as Record<
    Strategy,
    number | undefined
  >;
}

/** The strategies as a sentence names them. */
export const STRATEGY_WORDS: Readonly<Record<Strategy, string>> = {
  "Larger model": "the larger model",
  "Fine-tuned small model": "the fine-tuned small model",
  "Small model + memory": "the small model with memory",
  "Fine-tuned model on dedicated GPUs": "the fine-tuned model on dedicated GPUs",
};

/** What the rule's first choice allows, in words. */
const RULE_WORDS: Readonly<Record<Strategy, string>> = {
  "Larger model": "only the larger model",
  "Fine-tuned small model": "fine-tuning",
  "Small model + memory": "memory",
  "Fine-tuned model on dedicated GPUs": "fine-tuning",
};

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A total or a difference of totals in whole dollars, as a budget states it: cents are noise over months. */
const dollars = (value: number): string => formatUsd(Math.abs(value) >= 1 ? Math.round(value) : value);

/** One sentence that says why, in dollars, and says so plainly when the money overrules the rule. */
export function recommendationReason(rec: Recommendation, totals: Totals): string {
  const chosen = STRATEGY_WORDS[rec.strategy];
  const total = (strategy: Strategy): number => totals[strategy] ?? 0;
  let reason: string;
  if (rec.ruleChoiceUnpriced && rec.overruled) {
    reason =
      `The rule allows ${RULE_WORDS[rec.ruleChoice]}, but ${STRATEGY_WORDS[rec.ruleChoice]} cannot be priced (see its row): ` +
      (rec.runnerUp
        ? `${chosen} is the cheapest it allows, ${dollars(rec.margin)} less in total than ${STRATEGY_WORDS[rec.runnerUp]}.`
        : `${chosen} is the only strategy it allows that is priced, at ${dollars(total(rec.strategy))} in total.`);
  } else if (rec.overruled) {
    reason = `The rule allows ${RULE_WORDS[rec.ruleChoice]}, but ${chosen} costs ${dollars(rec.margin)} less in total.`;
  } else if (!rec.runnerUp) {
    reason = `The rule allows only the larger model for this task, at ${dollars(total(rec.strategy))} in total.`;
  } else if (rec.margin === 0) {
    reason = `${capitalised(chosen)}, the rule's choice, costs the same in total as ${STRATEGY_WORDS[rec.runnerUp]}.`;
  } else {
    reason =
      `${capitalised(chosen)}, the rule's choice, is also the cheapest it allows: ` +
      `${dollars(rec.margin)} less in total than ${STRATEGY_WORDS[rec.runnerUp]}.`;
  }
  // Still one sentence (SPEC 3.4b): the cheaper strategy the rule refuses follows a semicolon.
  if (rec.cheaperUnfit) {
    reason =
      `${reason.slice(0, -1)}; ${STRATEGY_WORDS[rec.cheaperUnfit.strategy]} would cost ` +
      `${dollars(rec.cheaperUnfit.saving)} less, but the rule finds it unfit for the task.`;
  }
  return reason;
}

/** The verdict argument refused. */
export const invalidVerdict = (value: unknown): ExcelError =>
  messages.invalidArgument("verdict", `one of ${VERDICT_LIST}`, value);
