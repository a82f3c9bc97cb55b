/** A questionnaire answered as an analyst would: the changes typed in, then the steps gone through to the result. */
import type { AnswerKey, RawAnswer } from "../../src/sheet/answers";
import { Questionnaire } from "../../src/taskpane/questionnaire";

export function answeredToResult(changes: Partial<Record<AnswerKey, RawAnswer>> = {}): Questionnaire {
  const model = new Questionnaire();
  for (const [key, value] of Object.entries(changes)) model.set(key as AnswerKey, value as RawAnswer);
  for (let step = 0; step < 3; step++) if (!model.next()) throw new Error(JSON.stringify(model.errors));
  return model;
}
