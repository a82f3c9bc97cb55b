/** Inputs of {@link monthlySavings}. */
export interface MonthlySavingsInput {
  /** US dollars per request on the larger model. */
  largeCostPerRequest: number;
  /** US dollars per request on the small (fine-tuned) model. */
  smallCostPerRequest: number;
  /** Requests per month. */
  requestsPerMonth: number;
}

/**
 * Monthly saving of moving a workload from the larger to the small model, in US dollars per
 * month. Negative when the small model costs more.
 *
 * savings = (largeCostPerRequest - smallCostPerRequest) x requestsPerMonth
 *
 * @example
 * monthlySavings({ largeCostPerRequest: 0.0225, smallCostPerRequest: 0.006, requestsPerMonth: 500000 }); // 8250
 */
export function monthlySavings(input: MonthlySavingsInput): number {
  return (input.largeCostPerRequest - input.smallCostPerRequest) * input.requestsPerMonth;
}

/** Inputs of {@link upfrontCost}. */
export interface UpfrontCostInput {
  /** Hours spent creating training data. */
  dataHours: number;
  /** US dollars per engineering hour. */
  hourlyRate: number;
  /** US dollars for the fine-tuning run(s). */
  trainingCost: number;
  /** Hours to build the evaluation suite. */
  evalHours: number;
  /** Hours to automate the training and deployment pipeline. */
  pipelineHours: number;
}

/**
 * Upfront investment of a fine-tuning pipeline, in US dollars.
 *
 * upfront = dataHours x hourlyRate + trainingCost + (evalHours + pipelineHours) x hourlyRate
 *
 * @example
 * upfrontCost({ dataHours: 50, hourlyRate: 150, trainingCost: 275, evalHours: 15, pipelineHours: 25 }); // 13775
 */
export function upfrontCost(input: UpfrontCostInput): number {
  return (
    input.dataHours * input.hourlyRate + input.trainingCost + (input.evalHours + input.pipelineHours) * input.hourlyRate
  );
}

/** Inputs of {@link trainingCost}. */
export interface TrainingCostInput {
  /** Training examples. */
  examples: number;
  /** Tokens per training example. */
  tokensPerExample: number;
  /** Passes over the training set. */
  epochs: number;
  /** US dollars per 1,000,000 training tokens. */
  trainingPrice: number;
}

/**
 * Compute cost of one fine-tuning run, in US dollars.
 *
 * cost = examples x tokensPerExample x epochs x trainingPrice / 1,000,000
 *
 * @example
 * trainingCost({ examples: 2000, tokensPerExample: 1500, epochs: 3, trainingPrice: 25 }); // 225
 */
export function trainingCost(input: TrainingCostInput): number {
  return (input.examples * input.tokensPerExample * input.epochs * input.trainingPrice) / 1_000_000;
}

/** Inputs of {@link maintenanceMonthly}. */
export interface MaintenanceMonthlyInput {
  /** Months between retraining cycles (> 0). */
  retrainEveryMonths: number;
  /** US dollars per engineering hour. */
  hourlyRate: number;
  /** Hours to refresh the training data, per cycle. */
  dataHours: number;
  /** US dollars of fine-tuning compute, per cycle. */
  trainingCost: number;
  /** US dollars of evaluation (API calls), per cycle. */
  evalCost: number;
  /** Hours of deployment and smoke testing, per cycle. */
  deployHours: number;
  /** US dollars per month that recur regardless of retraining (hosting, monitoring). */
  fixedMonthly: number;
}

/**
 * Monthly cost of keeping a fine-tuned model current, in US dollars per month: one retraining
 * cycle spread over its interval, plus fixed monthly costs.
 *
 * maintenance = (dataHours x hourlyRate + trainingCost + evalCost + deployHours x hourlyRate)
 *               / retrainEveryMonths + fixedMonthly
 *
 * @example
 * maintenanceMonthly({ retrainEveryMonths: 2, hourlyRate: 150, dataHours: 6, trainingCost: 275,
 *   evalCost: 200, deployHours: 3, fixedMonthly: 0 }); // 912.5
 */
export function maintenanceMonthly(input: MaintenanceMonthlyInput): number {
  const perCycle =
    input.dataHours * input.hourlyRate + input.trainingCost + input.evalCost + input.deployHours * input.hourlyRate;
  return perCycle / input.retrainEveryMonths + input.fixedMonthly;
}
