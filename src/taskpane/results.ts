/**
 * The result step's numbers, every one from the engine: the verdict and its reasons, costs per
 * request, upfront, maintenance and running costs, break-even, net savings, the three strategies
 * and the cheapest of them. Nothing here adds or multiplies a cost.
 */
import {
  breakEvenMonths,
  cheapestStrategy,
  compareStrategies,
  decide,
  findModel,
  maintenanceMonthly,
  monthlySavings,
  netSavings,
  upfrontCost,
  type BreakEvenResult,
  type Comparison,
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
  monthlySavings: number;
  upfrontCost: number;
  monthlyMaintenance: number;
  /** Maintenance plus hosting of the fine-tuned model, per month. */
  monthlyRunning: number;
  breakEven: BreakEvenResult;
  netSavings12: number;
  netSavings24: number;
  comparison: Comparison;
  cheapest: StrategyCosts;
}

function quote(name: string, overrides: PriceOverrides): ModelQuote {
  const model = findModel(name, overrides);
  if (!model) throw new Error(`model ${name} has no prices`);
  return model;
}

/** The prices a calculation uses beyond the catalogue: imported ones, then the analyst's own, which win. */
export function pricesBeyondCatalogue(answers: Answers, imported: PriceOverrides): PriceOverrides {
  const own = customPrices(answers);
  return imported.size === 0 ? own : new Map([...imported, ...own]);
}

export function computeResults(answers: Answers, imported: PriceOverrides = new Map()): Results {
  const overrides = pricesBeyondCatalogue(answers, imported);
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
    largeModel: quote(answers.largeModel, overrides),
    smallModel: quote(answers.smallModel, overrides),
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
  const savings = monthlySavings({
    largeCostPerRequest: comparison.larger.costPerRequest,
    smallCostPerRequest: comparison.fineTuned.costPerRequest,
    requestsPerMonth: answers.requestsPerMonth,
  });
  const running = comparison.fineTuned.fixedMonthly;
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
    monthlySavings: savings,
    upfrontCost: upfront,
    monthlyMaintenance: maintenance,
    monthlyRunning: running,
    breakEven: breakEvenMonths({
      upfrontCost: upfront,
      monthlySavings: savings,
      monthlyMaintenance: running,
      annualDiscountRate: 0,
    }),
    netSavings12: net(12),
    netSavings24: net(HORIZON_MONTHS),
    comparison,
    cheapest: cheapestStrategy(comparison),
  };
}
