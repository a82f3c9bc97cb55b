/**
 * Excel's custom functions metadata (functions.json), written from the declarations, following
 * Microsoft's reference for hand-made JSON metadata ("Manually create JSON metadata for custom
 * functions"): the structure the JSDoc generator writes, from one source instead of a second copy
 * in comments. The build emits it; nothing here runs in Excel.
 */
import { helpUrl } from "./helpPage";
import { describeParam, isOptional } from "../params";
import type { FunctionDeclaration } from "../runner";

export interface MetadataParameter {
  name: string;
  description: string;
  type: "any";
  dimensionality: "matrix";
  optional?: true;
}

export interface MetadataFunction {
  id: string;
  name: string;
  description: string;
  /** The function's section of help.html, which Excel links from its help on the function. */
  helpUrl: string;
  parameters: MetadataParameter[];
  result: { dimensionality: "matrix" };
}

export interface Metadata {
  /**
   * Lets cells with data types (formatted numbers, entities) reach a parameter of type any, as
   * the JSDoc generator sets it for such parameters.
   */
  allowCustomDataForDataTypeAny: true;
  /**
   * Lets a range that holds an error cell reach the function, so that the error stays in its own
   * cell of the result; without it Excel fails the whole formula (Microsoft: "Handle and return
   * errors from your custom function", errors as custom function inputs). The JSDoc generator
   * cannot write it: only metadata written by hand, as this is, can.
   */
  allowErrorForDataTypeAny: true;
  functions: MetadataFunction[];
}

/**
 * Every parameter is an any-typed matrix, so that a whole range can be passed and the runner, not
 * Excel, coerces and reports each cell; every result is a matrix, one cell or a spilled table.
 * `base` is the address the add-in's files are served from, ending with a slash.
 */
export function buildMetadata(declarations: readonly FunctionDeclaration[], base: string): Metadata {
  return {
    allowCustomDataForDataTypeAny: true,
    allowErrorForDataTypeAny: true,
    functions: declarations.map((declaration) => ({
      id: declaration.id,
      name: declaration.id,
      description: declaration.description,
      helpUrl: helpUrl(base, declaration.id),
      parameters: declaration.params.map((param) => ({
        name: param.name,
        description: describeParam(param),
        type: "any",
        dimensionality: "matrix",
        ...(isOptional(param) ? { optional: true as const } : {}),
      })),
      result: { dimensionality: "matrix" },
    })),
  };
}
