/**
 * Every AICOST function as a declaration: its parameters (name, type, default, bounds) and a
 * compute step that calls the engine. The Excel adapter, the spreadsheet engine of the tests and
 * any other host run these through the one runner; none re-derives a number.
 */
import {
  ASSUMPTION_LEVELS,
  ASSUMPTION_TABLE,
  assumptionValue,
  breakEvenMonths,
  breakEvenVolume,
  compareStrategies,
  costOfOwnershipSeries,
  decide,
  findAssumption,
  findModel,
  listModels,
  listProviders,
  maintenanceMonthly,
  monthlySavings,
  netSavings,
  PRICE_KINDS,
  priceOf,
  requestCost,
  TASK_TYPES,
  totalCostOfOwnership,
  trainingCost,
  upfrontCost,
  type CatalogueEntry,
  type DecisionInput,
  type ModelQuote,
  type PriceOverrides,
} from "../engine";
import { ExcelError, type Cell } from "./excelError";
import { messages } from "./messages";
import { bool, choice, num, priceTable, text, type ArgsOf } from "./params";
import { broadcastFunction, tableFunction, type FunctionDefinition } from "./runner";

const MODEL_EXPECTED = 'a model id as text, such as "gpt-4o-mini"';

function quote(name: string, table: PriceOverrides | undefined): ModelQuote | ExcelError {
  return findModel(name, table) ?? messages.unknownModel(name);
}

export const REQUEST_COST = broadcastFunction({
  id: "REQUEST_COST",
  params: [
    num("input_tokens", "tokens"),
    num("output_tokens", "tokens"),
    num("input_price", "price"),
    num("output_price", "price"),
  ],
  compute: (a) =>
    requestCost({
      inputTokens: a.input_tokens,
      outputTokens: a.output_tokens,
      inputPrice: a.input_price,
      outputPrice: a.output_price,
    }),
});

export const MODEL_REQUEST_COST = broadcastFunction({
  id: "MODEL_REQUEST_COST",
  params: [
    text("model", MODEL_EXPECTED),
    num("input_tokens", "tokens"),
    num("output_tokens", "tokens"),
    priceTable("price_table"),
  ],
  compute: (a) => {
    const model = quote(a.model, a.price_table);
    if (model instanceof ExcelError) return model;
    return requestCost({
      inputTokens: a.input_tokens,
      outputTokens: a.output_tokens,
      inputPrice: model.prices.input,
      outputPrice: model.prices.output,
    });
  },
});

export const FT_REQUEST_COST = broadcastFunction({
  id: "FT_REQUEST_COST",
  params: [
    text("model", MODEL_EXPECTED),
    num("input_tokens", "tokens"),
    num("output_tokens", "tokens"),
    priceTable("price_table"),
  ],
  compute: (a) => {
    const model = quote(a.model, a.price_table);
    if (model instanceof ExcelError) return model;
    const inputPrice = priceOf(model, "ft_input");
    if (inputPrice === undefined) return messages.priceNotOffered(model.id, "ft_input");
    const outputPrice = priceOf(model, "ft_output");
    if (outputPrice === undefined) return messages.priceNotOffered(model.id, "ft_output");
    return requestCost({ inputTokens: a.input_tokens, outputTokens: a.output_tokens, inputPrice, outputPrice });
  },
});

export const MODEL_PRICE = broadcastFunction({
  id: "MODEL_PRICE",
  params: [text("model", MODEL_EXPECTED), choice("price_kind", PRICE_KINDS, "input"), priceTable("price_table")],
  compute: (a) => {
    const model = quote(a.model, a.price_table);
    if (model instanceof ExcelError) return model;
    return priceOf(model, a.price_kind) ?? messages.priceNotOffered(model.id, a.price_kind);
  },
});

/** Column headings of MODELS(). */
export const MODELS_HEADER = [
  "model",
  "provider",
  "input",
  "output",
  "cached input",
  "ft training",
  "ft input",
  "ft output",
  "ft hosting per hour",
  "as of",
  "source",
] as const;

function modelRow(entry: CatalogueEntry): Cell[] {
  const prices = PRICE_KINDS.map((kind) => entry.prices[kind] ?? "");
  return [entry.id, entry.provider, ...prices, entry.asOf, entry.source];
}

export const MODELS = tableFunction({
  id: "MODELS",
  params: [text("provider", 'a provider as text, such as "openai"', "")],
  compute: (a) => {
    const entries = listModels(a.provider);
    if (entries.length === 0) return messages.unknownProvider(a.provider, listProviders());
    return [[...MODELS_HEADER], ...entries.map(modelRow)];
  },
});

export const FT_MONTHLY_SAVINGS = broadcastFunction({
  id: "FT_MONTHLY_SAVINGS",
  params: [
    num("large_cost_per_request", "costPerRequest"),
    num("small_cost_per_request", "costPerRequest"),
    num("requests_per_month", "volume"),
  ],
  compute: (a) =>
    monthlySavings({
      largeCostPerRequest: a.large_cost_per_request,
      smallCostPerRequest: a.small_cost_per_request,
      requestsPerMonth: a.requests_per_month,
    }),
});

export const FT_UPFRONT_COST = broadcastFunction({
  id: "FT_UPFRONT_COST",
  params: [
    num("data_hours", "hours"),
    num("hourly_rate", "hourlyRate"),
    num("training_cost", "cost", 0),
    num("eval_hours", "hours", 0),
    num("pipeline_hours", "hours", 0),
  ],
  compute: (a) =>
    upfrontCost({
      dataHours: a.data_hours,
      hourlyRate: a.hourly_rate,
      trainingCost: a.training_cost,
      evalHours: a.eval_hours,
      pipelineHours: a.pipeline_hours,
    }),
});

export const FT_TRAINING_COST = broadcastFunction({
  id: "FT_TRAINING_COST",
  params: [
    num("examples", "examples"),
    num("tokens_per_example", "tokensPerExample"),
    num("epochs", "epochs"),
    num("training_price", "price"),
  ],
  compute: (a) =>
    trainingCost({
      examples: a.examples,
      tokensPerExample: a.tokens_per_example,
      epochs: a.epochs,
      trainingPrice: a.training_price,
    }),
});

export const FT_MAINTENANCE_MONTHLY = broadcastFunction({
  id: "FT_MAINTENANCE_MONTHLY",
  params: [
    num("retrain_every_months", "positiveMonths"),
    num("hourly_rate", "hourlyRate"),
    num("data_hours", "hours"),
    num("training_cost", "cost"),
    num("eval_cost", "cost"),
    num("deploy_hours", "hours"),
    num("fixed_monthly", "monthlyCost", 0),
  ],
  compute: (a) =>
    maintenanceMonthly({
      retrainEveryMonths: a.retrain_every_months,
      hourlyRate: a.hourly_rate,
      dataHours: a.data_hours,
      trainingCost: a.training_cost,
      evalCost: a.eval_cost,
      deployHours: a.deploy_hours,
      fixedMonthly: a.fixed_monthly,
    }),
});

export const FT_BREAKEVEN = broadcastFunction({
  id: "FT_BREAKEVEN",
  params: [
    num("upfront_cost", "cost"),
    num("monthly_savings", "signedMonthlyAmount"),
    num("monthly_maintenance", "monthlyCost", 0),
    num("annual_discount_rate", "rate", 0),
  ],
  compute: (a) => {
    const result = breakEvenMonths({
      upfrontCost: a.upfront_cost,
      monthlySavings: a.monthly_savings,
      monthlyMaintenance: a.monthly_maintenance,
      annualDiscountRate: a.annual_discount_rate,
    });
    return result.paysBack ? result.months : messages.neverBreaksEven(result);
  },
});

export const FT_BREAKEVEN_VOLUME = broadcastFunction({
  id: "FT_BREAKEVEN_VOLUME",
  params: [
    num("upfront_cost", "cost"),
    num("savings_per_request", "signedAmountPerRequest"),
    num("within_months", "positiveMonths"),
    num("monthly_maintenance", "monthlyCost", 0),
  ],
  compute: (a) => {
    const result = breakEvenVolume({
      upfrontCost: a.upfront_cost,
      savingsPerRequest: a.savings_per_request,
      withinMonths: a.within_months,
      monthlyMaintenance: a.monthly_maintenance,
    });
    return result.paysBack ? result.requestsPerMonth : messages.noVolumeBreaksEven(result.savingsPerRequest);
  },
});

export const FT_NET_SAVINGS = broadcastFunction({
  id: "FT_NET_SAVINGS",
  params: [
    num("upfront_cost", "cost"),
    num("monthly_savings", "signedMonthlyAmount"),
    num("months", "wholeMonths"),
    num("monthly_maintenance", "monthlyCost", 0),
    num("annual_discount_rate", "rate", 0),
  ],
  compute: (a) =>
    netSavings({
      upfrontCost: a.upfront_cost,
      monthlySavings: a.monthly_savings,
      months: a.months,
      monthlyMaintenance: a.monthly_maintenance,
      annualDiscountRate: a.annual_discount_rate,
    }),
});

const TCO_PARAMS = [
  num("upfront_cost", "cost"),
  num("cost_per_request", "costPerRequest"),
  num("requests_per_month", "volume"),
  num("months", "wholeMonths"),
  num("monthly_fixed_cost", "monthlyCost", 0),
  num("annual_discount_rate", "rate", 0),
  num("monthly_volume_growth", "rate", 0),
  num("annual_price_change", "rate", 0),
] as const;

type TcoArgs = ArgsOf<typeof TCO_PARAMS>;

const tcoInput = (a: TcoArgs) => ({
  upfrontCost: a.upfront_cost,
  costPerRequest: a.cost_per_request,
  requestsPerMonth: a.requests_per_month,
  months: a.months,
  monthlyFixedCost: a.monthly_fixed_cost,
  annualDiscountRate: a.annual_discount_rate,
  monthlyVolumeGrowth: a.monthly_volume_growth,
  annualPriceChange: a.annual_price_change,
});

export const TCO = broadcastFunction({
  id: "TCO",
  params: TCO_PARAMS,
  compute: (a) => totalCostOfOwnership(tcoInput(a)),
});

export const TCO_SERIES = tableFunction({
  id: "TCO_SERIES",
  params: TCO_PARAMS,
  compute: (a) => costOfOwnershipSeries(tcoInput(a)).map((value) => [value]),
});

/** Column headings of FT_COMPARE(); the total's heading names the horizon. */
export function compareHeader(months: number): string[] {
  return [
    "strategy",
    "cost per request",
    "monthly cost",
    "upfront",
    `total over ${months} months`,
    "saving vs larger model",
  ];
}

export const FT_COMPARE = tableFunction({
  id: "FT_COMPARE",
  params: [
    text("large_model", MODEL_EXPECTED),
    text("small_model", MODEL_EXPECTED),
    num("input_tokens", "tokens"),
    num("output_tokens", "tokens"),
    num("requests_per_month", "volume"),
    num("months", "wholeMonths"),
    num("upfront_cost", "cost"),
    num("monthly_maintenance", "monthlyCost"),
    num("recall_tokens", "tokens", 0),
    num("memory_monthly_cost", "monthlyCost", 0),
    num("memory_setup_cost", "cost", 0),
    priceTable("price_table"),
  ],
  compute: (a) => {
    const largeModel = quote(a.large_model, a.price_table);
    if (largeModel instanceof ExcelError) return largeModel;
    const smallModel = quote(a.small_model, a.price_table);
    if (smallModel instanceof ExcelError) return smallModel;
    const rows = compareStrategies({
      largeModel,
      smallModel,
      inputTokens: a.input_tokens,
      outputTokens: a.output_tokens,
      requestsPerMonth: a.requests_per_month,
      months: a.months,
      upfrontCost: a.upfront_cost,
      monthlyMaintenance: a.monthly_maintenance,
      recallTokens: a.recall_tokens,
      memoryMonthlyCost: a.memory_monthly_cost,
      memorySetupCost: a.memory_setup_cost,
    });
    return [
      compareHeader(a.months),
      ...rows.map((row) => [
        row.strategy,
        row.costPerRequest,
        row.monthlyCost,
        row.upfront,
        row.total,
        row.savingVsLarger,
      ]),
    ];
  },
});

const DECISION_PARAMS = [
  choice("task_type", TASK_TYPES),
  num("distinct_patterns", "patterns"),
  num("stable_months", "months"),
  num("requests_per_month", "volume"),
  bool("needs_general_queries", false),
  num("engineering_hours", "hours", 160),
  bool("knowledge_changes", false),
] as const;

type DecisionArgs = ArgsOf<typeof DECISION_PARAMS>;

const decisionInput = (a: DecisionArgs): DecisionInput => ({
  taskType: a.task_type,
  distinctPatterns: a.distinct_patterns,
  stableMonths: a.stable_months,
  requestsPerMonth: a.requests_per_month,
  needsGeneralQueries: a.needs_general_queries,
  engineeringHours: a.engineering_hours,
  knowledgeChanges: a.knowledge_changes,
});

export const FT_DECISION = broadcastFunction({
  id: "FT_DECISION",
  params: DECISION_PARAMS,
  compute: (a) => decide(decisionInput(a)).verdict,
});

/** Marks that start each line of FT_DECISION_REASONS. */
export const PASS_MARK = "✓";
export const FAIL_MARK = "✗";

export const FT_DECISION_REASONS = tableFunction({
  id: "FT_DECISION_REASONS",
  params: DECISION_PARAMS,
  compute: (a) => {
    const decision = decide(decisionInput(a));
    return decision.checks.map((check, index) => [
      `${check.passed ? PASS_MARK : FAIL_MARK} ${check.text}` +
        (index === decision.decidedBy ? ` → ${decision.verdict}` : ""),
    ]);
  },
});

export const ASSUMPTION = broadcastFunction({
  id: "ASSUMPTION",
  params: [
    text("name", 'an assumption name as text, such as "upfront_total"'),
    choice("level", ASSUMPTION_LEVELS, "mid"),
  ],
  compute: (a) => {
    const found = findAssumption(a.name);
    if (!found)
      return messages.unknownAssumption(
        a.name,
        ASSUMPTION_TABLE.map((row) => row.name),
      );
    return assumptionValue(found, a.level);
  },
});

/** Column headings of ASSUMPTIONS(). */
export const ASSUMPTIONS_HEADER = ["name", "low", "mid", "high", "unit", "meaning"] as const;

export const ASSUMPTIONS = tableFunction({
  id: "ASSUMPTIONS",
  params: [],
  compute: () => [
    [...ASSUMPTIONS_HEADER],
    ...ASSUMPTION_TABLE.map((row) => [row.name, row.low, assumptionValue(row, "mid"), row.high, row.unit, row.meaning]),
  ],
});

/** Every function, by its Excel id. */
export const FUNCTIONS: Readonly<Record<string, FunctionDefinition>> = Object.fromEntries(
  [
    REQUEST_COST,
    MODEL_REQUEST_COST,
    FT_REQUEST_COST,
    MODEL_PRICE,
    MODELS,
    FT_MONTHLY_SAVINGS,
    FT_UPFRONT_COST,
    FT_TRAINING_COST,
    FT_MAINTENANCE_MONTHLY,
    FT_BREAKEVEN,
    FT_BREAKEVEN_VOLUME,
    FT_NET_SAVINGS,
    TCO,
    TCO_SERIES,
    FT_COMPARE,
    FT_DECISION,
    FT_DECISION_REASONS,
    ASSUMPTION,
    ASSUMPTIONS,
  ].map((definition) => [definition.id, definition as FunctionDefinition]),
);
