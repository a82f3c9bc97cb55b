/**
 * AICOST formulas as text, built from the declarations: arguments are passed by parameter name and
 * placed in declaration order, so that no caller keeps a copy of an argument list. Excel's en-US
 * syntax (comma separators), as Range.formulas expects.
 */
import type { Param } from "./params";
import type { ExampleArg, FunctionDeclaration, Literal } from "./runner";

/** The namespace Excel puts in front of every function id. */
export const NAMESPACE = "AICOST";

/** A literal as it is typed in a formula: text quoted, TRUE/FALSE, numbers as they are. */
export function formulaLiteral(value: Literal): string {
  if (typeof value === "string") return `"${value.replace(/"/g, '""')}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** An example's argument as typed: a literal, or a range as an array constant ({"a",1;"b",2}). */
export function exampleLiteral(value: ExampleArg): string {
  if (!Array.isArray(value)) return formulaLiteral(value as Literal);
  return `{${(value as readonly (readonly Literal[])[]).map((row) => row.map(formulaLiteral).join(",")).join(";")}}`;
}

type Names<Ps extends readonly Param[]> = Ps[number]["name"];
type RequiredNames<Ps extends readonly Param[]> = Extract<
  Ps[number],
  { kind: "number" | "text" | "choice" | "boolean"; default?: undefined }
>["name"];

/** Argument expressions (cell references, nested calls or literals) by parameter name. */
export type CallArgs<Ps extends readonly Param[]> = Partial<Record<Names<Ps>, string>>;

/**
 * The expression `AICOST.ID(a,b,,d)` for a call: each argument at its declared position, a gap
 * left empty (Excel passes it as omitted), trailing omitted arguments dropped.
 */
export function call<Ps extends readonly Param[]>(
  declaration: FunctionDeclaration<Ps>,
  args: CallArgs<Ps> & Record<RequiredNames<Ps>, string>,
): string {
  const given = args as Record<string, string | undefined>;
  const known = new Set(declaration.params.map((param) => param.name));
  for (const name of Object.keys(given)) {
    if (!known.has(name)) throw new Error(`${declaration.id} has no parameter ${name}`);
  }
  const list = declaration.params.map((param) => given[param.name] ?? "");
  while (list.length > 0 && list[list.length - 1] === "") list.pop();
  return `${NAMESPACE}.${declaration.id}(${list.join(",")})`;
}

/** A whole formula: `=AICOST.ID(...)`. */
export function formula<Ps extends readonly Param[]>(
  declaration: FunctionDeclaration<Ps>,
  args: CallArgs<Ps> & Record<RequiredNames<Ps>, string>,
): string {
  return `=${call(declaration, args)}`;
}
