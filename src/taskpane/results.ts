/**
 * The result step's numbers, every one from the engine: the verdict and its reasons, costs per
 * request, upfront and maintenance costs, break-even, net savings and the three strategies.
 */
import {
  breakEvenMonths,
  compareStrategies,
  decide,
  findModel,
  HOURS_PER_MONTH,
  maintenanceMonthly,
  monthlySavings,
  netSavings,
  upfrontCost,
  type BreakEvenResult,
  type Decision,
  type ModelQuote,
  type PriceOverrides,
  type StrategyCosts,
} from "../engine";
import { customPrices, type Answers } from "./answers";

/** Horizon of the comparison and of the longer net-savings figure, in months. */
export const HORIZON_MONTHS = 24;

export interface Results {
  decision: Decision;
  largeCostPerRequest: number;
  /** Per request on the small model, at fine-tuned prices where it has them. */
  fineTunedCostPerRequest: number;
  monthlySavings: number;
  upfrontCost: number;
  monthlyMaintenance: number;
  /** Hourly hosting of the fine-tuned model over a month, where the provider charges it. */
  monthlyHosting: number;
  breakEven: BreakEvenResult;
  netSavings12: number;
  netSavings24: number;
  comparison: StrategyCosts[];
}

function quote(name: string, overrides: PriceOverrides): ModelQuote {
  const model = findModel(name, overrides);
  if (!model) throw new Error(`model ${name} has no prices`);
  return model;
}

export function computeResults(answers: Answers): Results {
  const overrides = customPrices(answers);
  const largeModel = quote(answers.largeModel, overrides);
  const smallModel = quote(answers.smallModel, overrides);
  const upfront = upfrontCost({
    dataHours: answers.trainingDataHours,
    hourlyRate: answers.hourlyRate,
    trainingCost: answers.trainingRunCost,
    evalHours: answers.evalBuildHours,
    pipelineHours: answers.pipelineHours,
  });
  const maintenance = maintenanceMonthly({
    retrainEveryMonths: answers.retrainIntervalMonths,
    hourlyRate: answers.hourlyRate,
    dataHours: answers.retrainDataHours,
    trainingCost: answers.trainingRunCost,
    evalCost: answers.retrainEvalCost,
    deployHours: answers.retrainDeployHours,
    fixedMonthly: 0,
  });
  const comparison = compareStrategies({
    largeModel,
    smallModel,
    inputTokens: answers.inputTokens,
    outputTokens: answers.outputTokens,
    requestsPerMonth: answers.requestsPerMonth,
    months: HORIZON_MONTHS,
    upfrontCost: upfront,
    monthlyMaintenance: maintenance,
    recallTokens: answers.recallTokens,
    memoryMonthlyCost: answers.memoryMonthlyCost,
    memorySetupCost: answers.memorySetupCost,
  });
  const [large, fineTuned] = comparison;
  const savings = monthlySavings({
    largeCostPerRequest: large.costPerRequest,
    smallCostPerRequest: fineTuned.costPerRequest,
    requestsPerMonth: answers.requestsPerMonth,
  });
  const hosting = (smallModel.prices.ft_hosting_hour ?? 0) * HOURS_PER_MONTH;
  const running = maintenance + hosting;
  const net = (months: number) =>
    netSavings({
      upfrontCost: upfront,
      monthlySavings: savings,
      months,
      monthlyMaintenance: running,
      annualDiscountRate: 0,
    });
  return {
    decision: decide({
      taskType: answers.taskType,
      distinctPatterns: answers.distinctPatterns,
      stableMonths: answers.stableMonths,
      requestsPerMonth: answers.requestsPerMonth,
      needsGeneralQueries: answers.needsGeneralQueries,
      engineeringHours: answers.engineeringHours,
      knowledgeChanges: answers.knowledgeChanges,
    }),
    largeCostPerRequest: large.costPerRequest,
    fineTunedCostPerRequest: fineTuned.costPerRequest,
    monthlySavings: savings,
    upfrontCost: upfront,
    monthlyMaintenance: maintenance,
    monthlyHosting: hosting,
    breakEven: breakEvenMonths({
      upfrontCost: upfront,
      monthlySavings: savings,
      monthlyMaintenance: running,
      annualDiscountRate: 0,
    }),
    netSavings12: net(12),
    netSavings24: net(HORIZON_MONTHS),
    comparison,
  };
}
