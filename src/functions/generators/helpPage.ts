/**
 * help.html, the add-in's help page, written from the declarations at build time: the units every
 * argument is given in, how errors read, and each function with its signature, what it returns,
 * its arguments and its examples. The manifest's SupportUrl opens it, and each function's helpUrl
 * (functions.json) opens its section, `help.html#FT_COMPARE`. One self-contained page: no script,
 * no font or style from elsewhere, so hosting dist/ is all it needs.
 */
import { NAMESPACE } from "../formula";
import { describeParam, isOptional } from "../params";
import { baseUnitOf, exampleFormula, signature, unitOf } from "./reference";
import type { FunctionDeclaration } from "../runner";

/** The file the build writes, beside taskpane.html. */
export const HELP_PAGE = "help.html";

/** A function's help address under the add-in's base address (which ends with a slash). */
export function helpUrl(base: string, id: string): string {
  return `${base}${HELP_PAGE}#${id}`;
}

/** Text as it may stand in HTML, in an element or a quoted attribute. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Each unit, with the arguments given in it, in the order the functions declare them. An argument
 * that takes one value or a range is listed under the unit of its values.
 */
function units(declarations: readonly FunctionDeclaration[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const declaration of declarations) {
    for (const param of declaration.params) {
      const names = found.get(baseUnitOf(param)) ?? [];
      if (!names.includes(param.name)) names.push(param.name);
      found.set(baseUnitOf(param), names);
    }
  }
  return found;
}

function functionSection(declaration: FunctionDeclaration): string {
  const rows = declaration.params.map(
    (param) =>
      `<tr><th scope="row"><code>${escapeHtml(param.name)}</code></th><td>${escapeHtml(unitOf(param))}</td>` +
      `<td>${isOptional(param) ? "optional" : "required"}</td><td>${escapeHtml(describeParam(param))}</td></tr>`,
  );
  const examples = declaration.examples.map((_, index) => {
    const { formula, result } = exampleFormula(declaration, index);
    const shown = result === undefined ? "" : ` → <samp>${escapeHtml(result)}</samp>`;
    return `<li><code>${escapeHtml(formula)}</code>${shown}</li>`;
  });
  const args =
    rows.length === 0
      ? "<p>No arguments.</p>"
      : [
          `<table><caption>Arguments of ${NAMESPACE}.${declaration.id}</caption>`,
          '<thead><tr><th scope="col">Argument</th><th scope="col">Unit</th><th scope="col">Given</th>' +
            '<th scope="col">Meaning</th></tr></thead>',
          `<tbody>${rows.join("")}</tbody>`,
          "</table>",
        ].join("\n");
  return [
    // A plain section: with a name it would be a landmark, and the page would have one per function.
    `<section id="${declaration.id}">`,
    `<h3 id="${declaration.id}-title">${NAMESPACE}.${declaration.id}</h3>`,
    `<p><code>${escapeHtml(`${NAMESPACE}.${signature(declaration)}`)}</code></p>`,
    `<p>${escapeHtml(declaration.description)}</p>`,
    `<p><strong>Returns</strong> ${escapeHtml(declaration.returns)}</p>`,
    args,
    `<h4>${declaration.examples.length === 1 ? "Example" : "Examples"}</h4>`,
    `<ul>${examples.join("")}</ul>`,
    `<p><a href="#functions">All functions</a></p>`,
    "</section>",
  ].join("\n");
}

const STYLE = `
body { font: 15px/1.5 "Segoe UI", system-ui, sans-serif; color: #1b1b1b; margin: 0 auto; max-width: 60rem; padding: 1rem; }
code { font-family: Consolas, "Courier New", monospace; background: #f3f3f3; padding: 0 0.2em; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; table-layout: fixed; }
th, td { border: 1px solid #c8c8c8; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
h3 { overflow-wrap: anywhere; }
thead th { background: #f0f0f0; }
caption { text-align: left; font-weight: 600; padding: 0.3rem 0; overflow-wrap: anywhere; }
section { border-top: 1px solid #c8c8c8; margin-top: 1.5rem; }
a { color: #0f5b9a; }
nav ul { columns: 2; }
@media (max-width: 40rem) { nav ul { columns: 1; } }
`.trim();

/** The whole page; `version` is the add-in's, as the manifest states it. */
export function buildHelpPage(declarations: readonly FunctionDeclaration[], version: string): string {
  const unitRows = [...units(declarations)].map(
    ([unit, names]) =>
      `<tr><th scope="row">${escapeHtml(unit)}</th><td>${names.map((name) => `<code>${escapeHtml(name)}</code>`).join(", ")}</td></tr>`,
  );
  const summary = declarations.map(
    (declaration) =>
      `<tr><th scope="row"><a href="#${declaration.id}">${NAMESPACE}.${declaration.id}</a></th>` +
      `<td>${escapeHtml(declaration.returns)}</td></tr>`,
  );
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>AI Cost help: the AICOST functions and their units</title>",
    '<link rel="icon" type="image/png" href="assets/icon-32.png">',
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<header>",
    "<h1>AI Cost help</h1>",
    "<p>AI Cost tells whether fine-tuning a small AI model is cheaper than calling a larger one, or than " +
      "giving a small model persistent memory. Type <code>=AICOST.</code> in a cell for the functions below, " +
      "or open <strong>AI Cost</strong> on the Home tab for the guided decision, which writes a live model " +
      "of your answers into a new worksheet.</p>",
    '<nav aria-label="Contents"><ul>',
    '<li><a href="#units">Units</a></li>',
    '<li><a href="#errors">Errors</a></li>',
    '<li><a href="#functions">Functions</a></li>',
    "</ul></nav>",
    "</header>",
    "<main>",
    '<section id="units" aria-labelledby="units-title">',
    '<h2 id="units-title">Units</h2>',
    "<p>Every argument's values are in one unit, the same wherever it appears, but for the columns of a usage " +
      "log that WORKLOAD reads: there <code>input_tokens</code> and <code>output_tokens</code> are a row's tokens, " +
      "one request's or, where <code>requests</code> is given, a period's total. An argument that takes one " +
      "value or a range (a low and a high) is listed under the unit of its values. Prices are list prices in " +
      "US dollars per million tokens; shares and rates are decimals (0.1 is 10%); a cell formatted as a " +
      "percentage holds that decimal already.</p>",
    "<p>A function that returns one value takes ranges too and spills a result per row. Give ranges that end " +
      "where your data ends (<code>B2:B5001</code>) or the column of an Excel table, which grows as you add rows " +
      "(<code>Scenarios[Volume]</code>); never a whole column such as <code>B:B</code>, which Excel on the web " +
      "answers with #CALC! before the function runs. One formula returns at most 200,000 cells and 2.5 MB; " +
      "more is #VALUE! asking to split the range.</p>",
    "<table>",
    '<thead><tr><th scope="col">Unit</th><th scope="col">Arguments given in it</th></tr></thead>',
    `<tbody>${unitRows.join("\n")}</tbody>`,
    "</table>",
    "</section>",
    '<section id="errors" aria-labelledby="errors-title">',
    '<h2 id="errors-title">Errors</h2>',
    "<p>A function never shows a wrong number in place of an error. Each error carries a message, shown " +
      "when the cell is selected:</p>",
    "<ul>",
    "<li><code>#VALUE!</code>: an argument is not what the function takes. The message names the argument, " +
      "the value given and what was expected.</li>",
    "<li><code>#N/A</code>: the figure does not exist, such as a model the catalogue does not list, a price " +
      "a model is not sold at, or a saving that never pays back. The message says which.</li>",
    "<li>An error in a cell an argument reads is passed on, so the cell that caused it stays easy to find: " +
      "<code>#DIV/0!</code>, <code>#NUM!</code>, <code>#N/A</code> and <code>#VALUE!</code> as they are, and " +
      "an error that names no value, such as <code>#REF!</code>, as <code>#VALUE!</code> naming the argument.</li>",
    "</ul>",
    "</section>",
    '<section id="functions" aria-labelledby="functions-title">',
    '<h2 id="functions-title">Functions</h2>',
    "<table>",
    '<thead><tr><th scope="col">Function</th><th scope="col">Returns</th></tr></thead>',
    `<tbody>${summary.join("\n")}</tbody>`,
    "</table>",
    ...declarations.map(functionSection),
    "</section>",
    "</main>",
    `<footer><p>AI Cost ${escapeHtml(version)}. This page is written from the functions' own declarations.</p></footer>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
