/**
 * The custom functions script Excel loads (the manifest's functions page): it associates every
 * declared AICOST function with its id. The metadata Excel reads (functions.json) is written from
 * the same declarations by the build.
 */
import { DECLARATIONS } from "./declarations";
import { excelFunction, readWorkbookSeparators } from "./excelHost";

for (const declaration of DECLARATIONS) CustomFunctions.associate(declaration.id, excelFunction(declaration));
try {
  readWorkbookSeparators();
} catch {
  // Without the workbook's separators, numeric text is read the en-US way.
}
