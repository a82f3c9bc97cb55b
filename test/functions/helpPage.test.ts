/**
 * help.html, written from the declarations (issue 14): the page the manifest's SupportUrl and each
 * function's helpUrl open. Every function has its section, with its signature, each argument's
 * unit and help, and its examples; the units table covers every argument; the page loads nothing
 * from anywhere else.
 */
import { DECLARATIONS } from "../../src/functions/declarations";
import { buildHelpPage, escapeHtml as escaped, helpUrl } from "../../src/functions/generators/helpPage";
import { describeParam } from "../../src/functions/params";
import { baseUnitOf, exampleFormula, signature, unitOf } from "../../src/functions/generators/reference";

const page = buildHelpPage(DECLARATIONS, "9.8.7");

/** The section of one function, from its opening tag to its end. */
function section(id: string): string {
  const start = page.indexOf(`<section id="${id}"`);
  if (start < 0) throw new Error(`no section for ${id}`);
  return page.slice(start, page.indexOf("</section>", start));
}

describe("the help page", () => {
  it("has a section for every function, with its signature, description, result and examples", () => {
    for (const declaration of DECLARATIONS) {
      const text = section(declaration.id);
      expect(text).toContain(`<h3 id="${declaration.id}-title">AICOST.${declaration.id}</h3>`);
      expect(text).toContain(escaped(`AICOST.${signature(declaration)}`));
      expect(text).toContain(escaped(declaration.description));
      expect(text).toContain(escaped(declaration.returns));
      declaration.examples.forEach((_, index) => {
        const { formula, result } = exampleFormula(declaration, index);
        expect(text).toContain(`<code>${escaped(formula)}</code>`);
        if (result !== undefined) expect(text).toContain(`<samp>${escaped(result)}</samp>`);
      });
    }
  });

  it("gives every argument its unit and its help, as Excel's autocomplete does", () => {
    for (const declaration of DECLARATIONS) {
      const text = section(declaration.id);
      for (const param of declaration.params) {
        expect(text).toContain(`<code>${escaped(param.name)}</code></th><td>${escaped(unitOf(param))}</td>`);
        expect(text).toContain(escaped(describeParam(param)));
      }
    }
  });

  it("lists every argument under the one unit of its values, as the page says, WORKLOAD's log columns apart", () => {
    const units = page.slice(page.indexOf('<section id="units"'), page.indexOf('<section id="errors"'));
    const rows = units.split("<tr>").slice(2);
    // The one exception the page names: a usage log's tokens are a row's, not a request's.
    const logColumns = ["input_tokens", "output_tokens"];
    expect(units).toContain("<code>input_tokens</code> and <code>output_tokens</code> are a row's tokens");
    for (const declaration of DECLARATIONS) {
      for (const param of declaration.params) {
        const listing = rows.filter((row) => row.includes(`<code>${param.name}</code>`));
        const expected = logColumns.includes(param.name) ? 2 : 1;
        expect({ param: param.name, rows: listing.length }).toEqual({ param: param.name, rows: expected });
        const own = listing.filter((row) => row.includes(`<th scope="row">${escaped(baseUnitOf(param))}</th>`));
        expect({ param: param.name, own: own.length }).toEqual({ param: param.name, own: 1 });
      }
    }
  });

  it("is one page that loads nothing from elsewhere, with the add-in's version", () => {
    expect(page).not.toMatch(/<script|<img|<iframe|@import|url\(/i);
    // Its one link is the add-in's own icon, beside it.
    expect([...page.matchAll(/<link [^>]*>/g)].map((match) => match[0])).toEqual([
      '<link rel="icon" type="image/png" href="assets/icon-32.png">',
    ]);
    expect(page).not.toMatch(/(src|href)="https?:/i);
    expect(page).toContain("AI Cost 9.8.7.");
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
  });

  it("is where each function's help address points", () => {
    expect(helpUrl("https://addins.contoso.example/aicost/", "FT_COMPARE")).toBe(
      "https://addins.contoso.example/aicost/help.html#FT_COMPARE",
    );
  });
});
