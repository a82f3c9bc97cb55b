/**
 * The README's function reference, written from the declarations: each function's signature with
 * its defaults, what it returns, an example, and every argument with its unit and help text.
 * `npm run docs` writes it into README.md between its markers; a test keeps it fresh.
 */
import { groupDigits } from "../format";
import { exampleLiteral, NAMESPACE } from "../formula";
import { describeParam, formatDefault, isOptional, type Param } from "../params";
import type { FunctionDeclaration } from "../runner";

const REFERENCE_START =
  "<!-- function-reference:start (written by npm run docs from src/functions/declarations.ts) -->";
const REFERENCE_END = "<!-- function-reference:end -->";

function signatureParam(param: Param): string {
  if (!isOptional(param)) return param.name;
  const fallback = param.kind === "table" ? undefined : formatDefault(param);
  return fallback === undefined ? `[${param.name}]` : `[${param.name} = ${fallback}]`;
}

/** `FT_BREAKEVEN(upfront_cost, monthly_savings, [monthly_maintenance = 0], ...)`. */
export function signature(declaration: FunctionDeclaration): string {
  return `${declaration.id}(${declaration.params.map(signatureParam).join(", ")})`;
}

/** A number as the README shows a result: thousands grouped, the decimals as written. */
function shownResult(value: unknown): string {
  if (typeof value !== "number") return String(value);
  const [whole, fraction] = String(value).split(".");
  const grouped = groupDigits(Number(whole));
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** An example as typed in a cell, and the result it shows when it is one value. */
export function exampleFormula(declaration: FunctionDeclaration, index = 0): { formula: string; result?: string } {
  const chosen = declaration.examples[index];
  const formula = `=${NAMESPACE}.${declaration.id}(${chosen.args.map(exampleLiteral).join(", ")})`;
  return chosen.result === undefined ? { formula } : { formula, result: shownResult(chosen.result) };
}

function example(declaration: FunctionDeclaration): string {
  const { formula, result } = exampleFormula(declaration);
  return result === undefined ? `\`${formula}\`` : `\`${formula}\` → ${result}`;
}

/** The unit of an argument's values: a range's is that of the values it holds, where they have one. */
export function baseUnitOf(param: Param): string {
  return (param.kind === "table" && (param.unit ?? param.columnUnit)) || unitOf(param);
}

/** The unit an argument is given in, as the reference lists it. */
export function unitOf(param: Param): string {
  switch (param.kind) {
    case "number":
      return param.domain.unit;
    case "boolean":
      return "TRUE or FALSE";
    case "choice":
    case "text":
      return "text";
    case "table":
      if (param.columnUnit !== undefined) return `${param.columnUnit}, a column or a row of them`;
      return param.unit === undefined ? "range" : `${param.unit}, one value or a range`;
  }
}

const cell = (text: string): string => text.replace(/\|/g, "\\|");

/** The whole generated section, markers included. */
export function buildReference(declarations: readonly FunctionDeclaration[]): string {
  const lines = [
    REFERENCE_START,
    "<!-- prettier-ignore-start -->",
    "| Function | Returns | Example |",
    "| --- | --- | --- |",
    ...declarations.map(
      (declaration) =>
        `| \`${cell(signature(declaration))}\` | ${cell(declaration.returns)} | ${example(declaration)} |`,
    ),
    "<!-- prettier-ignore-end -->",
    "",
    "<details><summary>Every argument: unit and meaning</summary>",
    "",
  ];
  for (const declaration of declarations) {
    lines.push(`**${declaration.id}**: ${declaration.description}`, "");
    for (const param of declaration.params) {
      const optional = isOptional(param) ? ", optional" : "";
      lines.push(`- \`${param.name}\` (${cell(unitOf(param))}${optional}): ${cell(describeParam(param))}`);
    }
    if (declaration.params.length === 0) lines.push("- no arguments");
    lines.push("");
  }
  lines.push("</details>", REFERENCE_END);
  return lines.join("\n");
}

/** README text with the reference section replaced by a fresh one. */
export function withReference(readme: string, declarations: readonly FunctionDeclaration[]): string {
  const start = readme.indexOf(REFERENCE_START);
  const end = readme.indexOf(REFERENCE_END);
  if (start < 0 || end < start) throw new Error("README.md has no function reference markers");
  return readme.slice(0, start) + buildReference(declarations) + readme.slice(end + REFERENCE_END.length);
}
