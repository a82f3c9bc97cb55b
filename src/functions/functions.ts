/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes ranges of any cell type; the runner checks them. */
/**
 * The AICOST custom functions as Excel sees them. The JSDoc of each is its user interface: Excel
 * shows the description and the parameter texts in autocomplete and the Insert Function dialog,
 * and the metadata generator builds functions.json from them. Parameter names are snake_case
 * because Excel displays them. Every argument is declared as a range (any[][]) so that a whole
 * column can be passed; each body hands its arguments to the shared runner, which validates,
 * broadcasts and calls the engine. The webpack build appends the CustomFunctions.associate calls.
 */
import * as defs from "./definitions";
import { runForExcel } from "./excelHost";

/**
 * Cost of one request from its token counts and per-token prices.
 * @customfunction REQUEST_COST
 * @param input_tokens Input tokens per request.
 * @param output_tokens Output tokens per request.
 * @param input_price US dollars per 1M input tokens.
 * @param output_price US dollars per 1M output tokens.
 * @returns US dollars per request.
 */
export function requestCost(
  input_tokens: any[][],
  output_tokens: any[][],
  input_price: any[][],
  output_price: any[][],
): any[][] {
  return runForExcel(defs.REQUEST_COST, [input_tokens, output_tokens, input_price, output_price]);
}

/**
 * Cost of one request on a model at its base list prices.
 * @customfunction MODEL_REQUEST_COST
 * @param model Model id or alias, such as "claude-sonnet-4" (see AICOST.MODELS()).
 * @param input_tokens Input tokens per request.
 * @param output_tokens Output tokens per request.
 * @param [price_table] Optional range of your own prices: model, input, output, cached input, ft training, ft input, ft output, ft hosting per hour (US dollars per 1M tokens; hosting per hour).
 * @returns US dollars per request.
 */
export function modelRequestCost(
  model: any[][],
  input_tokens: any[][],
  output_tokens: any[][],
  price_table?: any[][],
): any[][] {
  return runForExcel(defs.MODEL_REQUEST_COST, [model, input_tokens, output_tokens, price_table]);
}

/**
 * Cost of one request on a fine-tuned model, at the provider's fine-tuned inference prices.
 * @customfunction FT_REQUEST_COST
 * @param model Model id or alias of a model that can be fine-tuned, such as "gpt-4.1-mini".
 * @param input_tokens Input tokens per request.
 * @param output_tokens Output tokens per request.
 * @param [price_table] Optional range of your own prices: model, input, output, cached input, ft training, ft input, ft output, ft hosting per hour.
 * @returns US dollars per request.
 */
export function ftRequestCost(
  model: any[][],
  input_tokens: any[][],
  output_tokens: any[][],
  price_table?: any[][],
): any[][] {
  return runForExcel(defs.FT_REQUEST_COST, [model, input_tokens, output_tokens, price_table]);
}

/**
 * One list price of a model.
 * @customfunction MODEL_PRICE
 * @param model Model id or alias, such as "gpt-4o".
 * @param [price_kind] input (default), output, cached_input, ft_training, ft_input, ft_output or ft_hosting_hour.
 * @param [price_table] Optional range of your own prices: model, input, output, cached input, ft training, ft input, ft output, ft hosting per hour.
 * @returns US dollars per 1M tokens; US dollars per hour for ft_hosting_hour.
 */
export function modelPrice(model: any[][], price_kind?: any[][], price_table?: any[][]): any[][] {
  return runForExcel(defs.MODEL_PRICE, [model, price_kind, price_table]);
}

/**
 * The price catalogue as a table with a header row (prices in US dollars per 1M tokens, hosting per hour).
 * @customfunction MODELS
 * @param [provider] Only this provider's models: openai, azure, anthropic or google. All when omitted.
 * @returns A spilled table: model, provider, input, output, cached input, ft training, ft input, ft output, ft hosting per hour, as of, source.
 */
export function models(provider?: any[][]): any[][] {
  return runForExcel(defs.MODELS, [provider]);
}

/**
 * Monthly saving of moving requests from the larger model to the small one: (large - small) x volume.
 * @customfunction FT_MONTHLY_SAVINGS
 * @param large_cost_per_request US dollars per request on the larger model.
 * @param small_cost_per_request US dollars per request on the small model.
 * @param requests_per_month Requests per month.
 * @returns US dollars per month (negative when the small model costs more).
 */
export function ftMonthlySavings(
  large_cost_per_request: any[][],
  small_cost_per_request: any[][],
  requests_per_month: any[][],
): any[][] {
  return runForExcel(defs.FT_MONTHLY_SAVINGS, [large_cost_per_request, small_cost_per_request, requests_per_month]);
}

/**
 * Upfront cost of a fine-tuning pipeline: data hours x rate + training cost + (evaluation + pipeline hours) x rate.
 * @customfunction FT_UPFRONT_COST
 * @param data_hours Hours to create the training data.
 * @param hourly_rate US dollars per engineering hour.
 * @param [training_cost] US dollars of fine-tuning compute. 0 when omitted.
 * @param [eval_hours] Hours to build the evaluation suite. 0 when omitted.
 * @param [pipeline_hours] Hours to automate training, deployment and monitoring. 0 when omitted.
 * @returns US dollars.
 */
export function ftUpfrontCost(
  data_hours: any[][],
  hourly_rate: any[][],
  training_cost?: any[][],
  eval_hours?: any[][],
  pipeline_hours?: any[][],
): any[][] {
  return runForExcel(defs.FT_UPFRONT_COST, [data_hours, hourly_rate, training_cost, eval_hours, pipeline_hours]);
}

/**
 * Compute cost of one fine-tuning run: examples x tokens x epochs x training price / 1M.
 * @customfunction FT_TRAINING_COST
 * @param examples Training examples.
 * @param tokens_per_example Tokens per training example.
 * @param epochs Passes over the training set.
 * @param training_price US dollars per 1M training tokens.
 * @returns US dollars per training run.
 */
export function ftTrainingCost(
  examples: any[][],
  tokens_per_example: any[][],
  epochs: any[][],
  training_price: any[][],
): any[][] {
  return runForExcel(defs.FT_TRAINING_COST, [examples, tokens_per_example, epochs, training_price]);
}

/**
 * Monthly cost of keeping a fine-tuned model current: one retraining cycle spread over its interval, plus fixed monthly costs.
 * @customfunction FT_MAINTENANCE_MONTHLY
 * @param retrain_every_months Months between retraining cycles (more than 0).
 * @param hourly_rate US dollars per engineering hour.
 * @param data_hours Hours to refresh the training data, per cycle.
 * @param training_cost US dollars of fine-tuning compute, per cycle.
 * @param eval_cost US dollars of evaluation API calls, per cycle.
 * @param deploy_hours Hours of deployment and smoke testing, per cycle.
 * @param [fixed_monthly] US dollars per month for hosting and monitoring. 0 when omitted.
 * @returns US dollars per month.
 */
export function ftMaintenanceMonthly(
  retrain_every_months: any[][],
  hourly_rate: any[][],
  data_hours: any[][],
  training_cost: any[][],
  eval_cost: any[][],
  deploy_hours: any[][],
  fixed_monthly?: any[][],
): any[][] {
  return runForExcel(defs.FT_MAINTENANCE_MONTHLY, [
    retrain_every_months,
    hourly_rate,
    data_hours,
    training_cost,
    eval_cost,
    deploy_hours,
    fixed_monthly,
  ]);
}

/**
 * Months until cumulative net savings repay the upfront cost (fractional). #N/A when it never pays back.
 * @customfunction FT_BREAKEVEN
 * @param upfront_cost US dollars invested up front.
 * @param monthly_savings US dollars saved per month.
 * @param [monthly_maintenance] US dollars per month to keep the model current. 0 when omitted.
 * @param [annual_discount_rate] Annual discount rate as a decimal (0.10 = 10%). 0 when omitted.
 * @returns Months.
 */
export function ftBreakeven(
  upfront_cost: any[][],
  monthly_savings: any[][],
  monthly_maintenance?: any[][],
  annual_discount_rate?: any[][],
): any[][] {
  return runForExcel(defs.FT_BREAKEVEN, [upfront_cost, monthly_savings, monthly_maintenance, annual_discount_rate]);
}

/**
 * Requests per month needed to break even within a horizon: (upfront / months + maintenance) / saving per request.
 * @customfunction FT_BREAKEVEN_VOLUME
 * @param upfront_cost US dollars invested up front.
 * @param savings_per_request US dollars saved per request.
 * @param within_months Months within which to break even (more than 0).
 * @param [monthly_maintenance] US dollars per month to keep the model current. 0 when omitted.
 * @returns Requests per month.
 */
export function ftBreakevenVolume(
  upfront_cost: any[][],
  savings_per_request: any[][],
  within_months: any[][],
  monthly_maintenance?: any[][],
): any[][] {
  return runForExcel(defs.FT_BREAKEVEN_VOLUME, [upfront_cost, savings_per_request, within_months, monthly_maintenance]);
}

/**
 * Net savings of fine-tuning over a horizon: -upfront + the (discounted) monthly savings less maintenance.
 * @customfunction FT_NET_SAVINGS
 * @param upfront_cost US dollars invested up front.
 * @param monthly_savings US dollars saved per month.
 * @param months Whole months in the horizon.
 * @param [monthly_maintenance] US dollars per month to keep the model current. 0 when omitted.
 * @param [annual_discount_rate] Annual discount rate as a decimal (0.10 = 10%). 0 when omitted.
 * @returns US dollars.
 */
export function ftNetSavings(
  upfront_cost: any[][],
  monthly_savings: any[][],
  months: any[][],
  monthly_maintenance?: any[][],
  annual_discount_rate?: any[][],
): any[][] {
  return runForExcel(defs.FT_NET_SAVINGS, [
    upfront_cost,
    monthly_savings,
    months,
    monthly_maintenance,
    annual_discount_rate,
  ]);
}

/**
 * Total cost of ownership of a strategy: upfront plus every month's (discounted) usage and fixed costs.
 * @customfunction TCO
 * @param upfront_cost US dollars spent up front.
 * @param cost_per_request US dollars per request in the first month.
 * @param requests_per_month Requests per month in the first month.
 * @param months Whole months in the horizon.
 * @param [monthly_fixed_cost] US dollars per month that do not depend on volume. 0 when omitted.
 * @param [annual_discount_rate] Annual discount rate as a decimal (0.10 = 10%). 0 when omitted.
 * @param [monthly_volume_growth] Volume growth per month as a decimal (0.05 = 5%). 0 when omitted.
 * @param [annual_price_change] Price change per year as a decimal (-0.5 = prices halve). 0 when omitted.
 * @returns US dollars.
 */
export function tco(
  upfront_cost: any[][],
  cost_per_request: any[][],
  requests_per_month: any[][],
  months: any[][],
  monthly_fixed_cost?: any[][],
  annual_discount_rate?: any[][],
  monthly_volume_growth?: any[][],
  annual_price_change?: any[][],
): any[][] {
  return runForExcel(defs.TCO, [
    upfront_cost,
    cost_per_request,
    requests_per_month,
    months,
    monthly_fixed_cost,
    annual_discount_rate,
    monthly_volume_growth,
    annual_price_change,
  ]);
}

/**
 * Cumulative cost of ownership at month 0, 1, ..., months, as a spilled column (for charts).
 * @customfunction TCO_SERIES
 * @param upfront_cost US dollars spent up front.
 * @param cost_per_request US dollars per request in the first month.
 * @param requests_per_month Requests per month in the first month.
 * @param months Whole months in the horizon.
 * @param [monthly_fixed_cost] US dollars per month that do not depend on volume. 0 when omitted.
 * @param [annual_discount_rate] Annual discount rate as a decimal (0.10 = 10%). 0 when omitted.
 * @param [monthly_volume_growth] Volume growth per month as a decimal (0.05 = 5%). 0 when omitted.
 * @param [annual_price_change] Price change per year as a decimal (-0.5 = prices halve). 0 when omitted.
 * @returns A column of months + 1 values in US dollars.
 */
export function tcoSeries(
  upfront_cost: any[][],
  cost_per_request: any[][],
  requests_per_month: any[][],
  months: any[][],
  monthly_fixed_cost?: any[][],
  annual_discount_rate?: any[][],
  monthly_volume_growth?: any[][],
  annual_price_change?: any[][],
): any[][] {
  return runForExcel(defs.TCO_SERIES, [
    upfront_cost,
    cost_per_request,
    requests_per_month,
    months,
    monthly_fixed_cost,
    annual_discount_rate,
    monthly_volume_growth,
    annual_price_change,
  ]);
}

/**
 * The larger model, a fine-tuned small model and a small model with memory side by side, as a spilled table.
 * @customfunction FT_COMPARE
 * @param large_model Model id of the larger model, such as "claude-sonnet-4".
 * @param small_model Model id of the small model, such as "claude-3.5-haiku".
 * @param input_tokens Input tokens per request.
 * @param output_tokens Output tokens per request.
 * @param requests_per_month Requests per month.
 * @param months Whole months in the horizon.
 * @param upfront_cost US dollars to build the fine-tuning pipeline.
 * @param monthly_maintenance US dollars per month to keep the fine-tuned model current.
 * @param [recall_tokens] Extra input tokens per request that memory recall adds. 0 when omitted.
 * @param [memory_monthly_cost] US dollars per month for the memory store. 0 when omitted.
 * @param [memory_setup_cost] US dollars to set memory up. 0 when omitted.
 * @param [price_table] Optional range of your own prices: model, input, output, cached input, ft training, ft input, ft output, ft hosting per hour.
 * @returns A table: strategy, cost per request, monthly cost, upfront, total over the months, saving vs larger model (US dollars).
 */
export function ftCompare(
  large_model: any[][],
  small_model: any[][],
  input_tokens: any[][],
  output_tokens: any[][],
  requests_per_month: any[][],
  months: any[][],
  upfront_cost: any[][],
  monthly_maintenance: any[][],
  recall_tokens?: any[][],
  memory_monthly_cost?: any[][],
  memory_setup_cost?: any[][],
  price_table?: any[][],
): any[][] {
  return runForExcel(defs.FT_COMPARE, [
    large_model,
    small_model,
    input_tokens,
    output_tokens,
    requests_per_month,
    months,
    upfront_cost,
    monthly_maintenance,
    recall_tokens,
    memory_monthly_cost,
    memory_setup_cost,
    price_table,
  ]);
}

/**
 * Whether to fine-tune: Fine-tune, Evaluate fine-tuning, Use memory or Use the larger model.
 * @customfunction FT_DECISION
 * @param task_type classification, extraction, format_conversion, domain_qa (narrow) or conversation, reasoning, creative, other (broad).
 * @param distinct_patterns Distinct input-output patterns in the specification.
 * @param stable_months Months the specification will stay unchanged.
 * @param requests_per_month Requests per month.
 * @param [needs_general_queries] TRUE when users also ask general questions. FALSE when omitted.
 * @param [engineering_hours] Engineering hours the team can commit. 160 when omitted.
 * @param [knowledge_changes] TRUE when the knowledge behind the task changes often. FALSE when omitted.
 * @returns The verdict, as text.
 */
export function ftDecision(
  task_type: any[][],
  distinct_patterns: any[][],
  stable_months: any[][],
  requests_per_month: any[][],
  needs_general_queries?: any[][],
  engineering_hours?: any[][],
  knowledge_changes?: any[][],
): any[][] {
  return runForExcel(defs.FT_DECISION, [
    task_type,
    distinct_patterns,
    stable_months,
    requests_per_month,
    needs_general_queries,
    engineering_hours,
    knowledge_changes,
  ]);
}

/**
 * Why FT_DECISION decides as it does: one line per rule, marked pass or fail, the deciding rule ending in the verdict.
 * @customfunction FT_DECISION_REASONS
 * @param task_type classification, extraction, format_conversion, domain_qa (narrow) or conversation, reasoning, creative, other (broad).
 * @param distinct_patterns Distinct input-output patterns in the specification.
 * @param stable_months Months the specification will stay unchanged.
 * @param requests_per_month Requests per month.
 * @param [needs_general_queries] TRUE when users also ask general questions. FALSE when omitted.
 * @param [engineering_hours] Engineering hours the team can commit. 160 when omitted.
 * @param [knowledge_changes] TRUE when the knowledge behind the task changes often. FALSE when omitted.
 * @returns A spilled column of text lines.
 */
export function ftDecisionReasons(
  task_type: any[][],
  distinct_patterns: any[][],
  stable_months: any[][],
  requests_per_month: any[][],
  needs_general_queries?: any[][],
  engineering_hours?: any[][],
  knowledge_changes?: any[][],
): any[][] {
  return runForExcel(defs.FT_DECISION_REASONS, [
    task_type,
    distinct_patterns,
    stable_months,
    requests_per_month,
    needs_general_queries,
    engineering_hours,
    knowledge_changes,
  ]);
}

/**
 * A typical published figure for a fine-tuning pipeline, such as upfront_total or hourly_rate.
 * @customfunction ASSUMPTION
 * @param name Assumption name, such as "upfront_total" (see AICOST.ASSUMPTIONS()).
 * @param [level] low, mid (the midpoint, default) or high.
 * @returns The figure, in the unit ASSUMPTIONS() gives for it.
 */
export function assumption(name: any[][], level?: any[][]): any[][] {
  return runForExcel(defs.ASSUMPTION, [name, level]);
}

/**
 * Every published assumption as a table with a header row: name, low, mid, high, unit, meaning.
 * @customfunction ASSUMPTIONS
 * @returns A spilled table.
 */
export function assumptions(): any[][] {
  return runForExcel(defs.ASSUMPTIONS, []);
}

/**
 * Every adapter by its Excel id: what other hosts of these functions call (the local workbook
 * preview, the spreadsheet-level tests), so that they run exactly what Excel runs.
 */
export const ADAPTERS: Readonly<Record<string, (...args: any[]) => any[][]>> = {
  REQUEST_COST: requestCost,
  MODEL_REQUEST_COST: modelRequestCost,
  FT_REQUEST_COST: ftRequestCost,
  MODEL_PRICE: modelPrice,
  MODELS: models,
  FT_MONTHLY_SAVINGS: ftMonthlySavings,
  FT_UPFRONT_COST: ftUpfrontCost,
  FT_TRAINING_COST: ftTrainingCost,
  FT_MAINTENANCE_MONTHLY: ftMaintenanceMonthly,
  FT_BREAKEVEN: ftBreakeven,
  FT_BREAKEVEN_VOLUME: ftBreakevenVolume,
  FT_NET_SAVINGS: ftNetSavings,
  TCO: tco,
  TCO_SERIES: tcoSeries,
  FT_COMPARE: ftCompare,
  FT_DECISION: ftDecision,
  FT_DECISION_REASONS: ftDecisionReasons,
  ASSUMPTION: assumption,
  ASSUMPTIONS: assumptions,
};
