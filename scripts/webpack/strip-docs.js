// A TypeScript transformer for the bundles Excel loads: it drops the functions' documentation
// (descriptions, help texts, return texts and examples of src/functions/declarations.ts and the
// parameter builders), which Excel reads from functions.json and never from the running code,
// and, from functions.js alone, what only the pane and the preview read and what the price
// catalogue records for each entry that no function reads (its references and documented differences),
// and it writes the catalogue's rows by position there (see rowsWrittenByPosition). What stays is
// every bound, default, price and message:
// test/functions/workedExamples.test.ts and test/build/bundle.test.ts run the built functions.js.
const path = require("path");
const ts = require("typescript");

// TypeScript spells file names with forward slashes on every system.
const FUNCTIONS_DIR = `${path.resolve(__dirname, "..", "..", "src", "functions").split(path.sep).join("/")}/`;
const CATALOGUE = path.resolve(__dirname, "..", "..", "src", "engine", "priceCatalogue.ts").split(path.sep).join("/");

/**
 * What the catalogue records for its maintainers, its tests and the pane's price import, which no
 * function reads: the references each price was checked against, and the documented differences
 * from those references that a price file is compared with.
 */
const CATALOGUE_RECORDS = new Set(["references", "documented"]);

/** Properties of a declaration that only document: Excel gets them from functions.json, the README from npm run docs. */
const DECLARATION_DOCS = new Set(["description", "returns", "examples"]);
/** The functions that declare; only the object literal passed to one of them loses its docs. */
const DECLARERS = new Set(["broadcastFunction", "tableFunction"]);

const HELP = new Set(["help"]);
/**
 * What only the task pane and the preview read, left out of the functions bundle: the units in
 * words and as symbols (for help texts and the pane's fields) and the spill sizes, a table
 * parameter's `sized` among them (Excel sizes a spill from the result itself).
 */
const PANE_ONLY = new Set(["unit", "symbol", "spill", "sized", "columnUnit"]);

/**
 * The argument of a parameter builder that only the pane and the preview read, left out of the
 * functions bundle: a table parameter's `sized`, which tells a spill's size before the values, and
 * the units of its values.
 */
const PANE_ONLY_ARGUMENTS = { table: [4, 5, 6] };

/** The help argument's position in each parameter builder of src/functions/params.ts. */
const HELP_ARGUMENT = { num: 2, numSameAs: 2, numOmittable: 2, dateToday: 2, text: 2, choice: 2, bool: 1, table: 1 };

function stripDocs({ forFunctions }) {
  return (context) => transformer(context, forFunctions);
}

function transformer(context, forFunctions) {
  const empty = () => ts.factory.createStringLiteral("");
  const shorthand = (node, names) => ts.isShorthandPropertyAssignment(node) && names.has(node.name.text);
  const named = (node, names) =>
    ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && names.has(node.name.text);
  const visit = (node) => {
    // A parameter's help text (the price_table builder writes it as a property).
    if (named(node, HELP) || shorthand(node, HELP)) return undefined;
    if (forFunctions && (named(node, PANE_ONLY) || shorthand(node, PANE_ONLY))) return undefined;
    if (
      ts.isObjectLiteralExpression(node) &&
      ts.isCallExpression(node.parent) &&
      ts.isIdentifier(node.parent.expression) &&
      DECLARERS.has(node.parent.expression.text)
    ) {
      const kept = node.properties.filter((property) => !named(property, DECLARATION_DOCS));
      return ts.visitEachChild(ts.factory.updateObjectLiteralExpression(node, kept), visit, context);
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text in HELP_ARGUMENT) {
      const index = HELP_ARGUMENT[node.expression.text];
      const paneOnly = (forFunctions && PANE_ONLY_ARGUMENTS[node.expression.text]) || [];
      const args = node.arguments.map((arg, i) =>
        i === index ? empty() : paneOnly.includes(i) ? ts.factory.createVoidZero() : ts.visitNode(arg, visit),
      );
      // A help text that is the last argument is left out altogether.
      if (args.length === index + 1) args.pop();
      return ts.factory.updateCallExpression(node, node.expression, node.typeArguments, args);
    }
    return ts.visitEachChild(node, visit, context);
  };
  const visitCatalogue = (node) =>
    named(node, CATALOGUE_RECORDS) ? undefined : ts.visitEachChild(node, visitCatalogue, context);
  return (file) => {
    if (file.fileName.startsWith(FUNCTIONS_DIR)) return ts.visitNode(file, visit);
    if (forFunctions && file.fileName === CATALOGUE) return rowsWrittenByPosition(ts.visitNode(file, visitCatalogue));
    return file;
  };
}

/** The strings of the array literal a file's `const <name> = [...]` (or `[...] as const`) holds. */
function constantStrings(file, name) {
  let found;
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name) {
      let value = node.initializer;
      while (value && ts.isAsExpression(value)) value = value.expression;
      found = value.elements.map((element) => element.text);
    }
    if (!found) ts.forEachChild(node, visit);
  };
  visit(file);
  if (!found) throw new Error(`strip-docs: ${name} was not found in ${file.fileName}`);
  return found;
}

/**
 * The catalogue's ROWS, written by position for the functions bundle: each row an array of its
 * fields in ROW_FIELDS' order and its prices an array in PRICE_KINDS' order, absent values as holes,
 * read back by rowsByPosition. The field names, repeated on every row, cost more of the bundle
 * than the prices they name.
 */
function rowsWrittenByPosition(file) {
  const f = ts.factory;
  const fields = constantStrings(file, "ROW_FIELDS");
  const kinds = constantStrings(file, "PRICE_KINDS");
  const property = (literal, name) =>
    literal.properties.find((p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name);
  /** An array of values in the order of `names`, holes where absent and none after the last value. */
  const positional = (literal, names, value) => {
    const known = new Set(names);
    for (const p of literal.properties) {
      if (!ts.isPropertyAssignment(p) || !ts.isIdentifier(p.name) || !known.has(p.name.text)) {
        throw new Error(`strip-docs: a catalogue row has a field ROW_FIELDS or PRICE_KINDS lacks (${p.getText()})`);
      }
    }
    const elements = names.map((name) => {
      const p = property(literal, name);
      return p ? value(name, p.initializer) : f.createOmittedExpression();
    });
    while (elements.length > 0 && ts.isOmittedExpression(elements[elements.length - 1])) elements.pop();
    return f.createArrayLiteralExpression(elements);
  };
  const prices = (literal) => positional(literal, kinds, (_, initializer) => initializer);
  const schedule = (list) =>
    f.createArrayLiteralExpression(
      list.elements.map((change) =>
        f.createArrayLiteralExpression([
          property(change, "from").initializer,
          prices(property(change, "prices").initializer),
        ]),
      ),
    );
  const row = (literal) =>
    positional(literal, fields, (name, initializer) =>
      name === "prices" ? prices(initializer) : name === "schedule" ? schedule(initializer) : initializer,
    );
  let written = false;
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === "ROWS") {
      written = true;
      const rows = f.createArrayLiteralExpression(node.initializer.elements.map(row));
      const read = f.createCallExpression(f.createIdentifier("rowsByPosition"), undefined, [rows]);
      return f.updateVariableDeclaration(node, node.name, node.exclamationToken, node.type, read);
    }
    return ts.visitEachChild(node, visit, undefined);
  };
  const out = ts.visitNode(file, visit);
  if (!written) throw new Error(`strip-docs: ROWS was not found in ${file.fileName}`);
  return out;
}

module.exports = { stripDocs };
