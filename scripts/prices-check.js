// `npm run prices:check -- FILE [--as-of YYYY-MM-DD]`: compares the price catalogue with a price
// file downloaded from litellm (model_prices_and_context_window.json) or genai-prices (data.json),
// reading dated prices as of the day given (today, UTC, by default). It prints a line for each
// catalogue price the file gives differently, or gives where the catalogue has none; a line for each
// chat model of the catalogue's providers that the file has and the catalogue lacks; a line for each
// catalogue model the file does not have; and a summary. A price the catalogue took from a
// provider's page and the file does not list is counted, not printed. Prices in US dollars per 1M
// tokens. Differences are findings, not failures: it exits 0 whenever it could read the file, 1 when
// it could not, 2 when it was called wrongly. It reads the file only: no network.
const fs = require("fs");
const path = require("path");
const { requireSource } = require("./ts-require");

const USAGE =
  "usage: npm run prices:check -- FILE [--as-of YYYY-MM-DD] " +
  "(FILE: litellm's model_prices_and_context_window.json or genai-prices' data.json)";

/** The price kinds each format can give: no fine-tuning prices, and genai-prices has no batch prices. */
function comparedKinds(format, priceKinds) {
  return priceKinds.filter((kind) => !kind.startsWith("ft_") && (format === "litellm" || !kind.startsWith("batch_")));
}

/** The file's providers that are the catalogue's, under the catalogue's name for each. */
const PROVIDERS = {
  litellm: { openai: "openai", azure: "azure", anthropic: "anthropic", gemini: "google" },
  "genai-prices": { openai: "openai", azure: "azure", anthropic: "anthropic", google: "google" },
};

/** Relative tolerance under which two prices agree. */
const TOLERANCE = 1e-9;

function fail(code, message) {
  process.stderr.write(`prices:check: ${message}\n`);
  process.exit(code);
}

function parseArguments(args) {
  let file;
  let asOf = new Date().toISOString().slice(0, 10);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--as-of") {
      asOf = args[++i];
      if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf ?? "")) fail(2, `--as-of takes a date YYYY-MM-DD. ${USAGE}`);
    } else if (file === undefined && !args[i].startsWith("--")) file = args[i];
    else fail(2, `unexpected argument ${args[i]}. ${USAGE}`);
  }
  if (file === undefined) fail(2, USAGE);
  return { file, asOf };
}

const agree = (a, b) => Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));

const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** A model name without its provider path: "azure/eu/gpt-4o" gives "gpt-4o". */
const lastSegment = (name) => name.slice(name.lastIndexOf("/") + 1);

function main() {
  const { file, asOf } = parseArguments(process.argv.slice(2));
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    fail(1, `cannot read ${file}: ${error.message}`);
  }

  const { readPriceFile, PRICE_FILE_FORMAT_LABELS } = requireSource("prices/priceFiles.ts");
  const { PRICE_CATALOGUE, PRICE_KINDS, normaliseModelName } = requireSource("engine/index.ts");
  const read = readPriceFile(text, path.basename(file), asOf);
  if ("error" in read) fail(1, read.error);
  if (read.format === "csv") {
    fail(2, `${file} reads as a CSV; prices:check compares the catalogue with litellm's or genai-prices' JSON only.`);
  }

  const prefix = `${read.format}:`;
  const providers = PROVIDERS[read.format];
  const byId = new Map(read.models.map((model) => [normaliseModelName(model.id), model]));
  const family = (model) => providers[model.provider];

  /** The file's model for a catalogue entry: through its reference to this file, else by its names. */
  function fileModelOf(entry) {
    for (const reference of entry.references) {
      if (!reference.startsWith(prefix)) continue;
      const model = byId.get(normaliseModelName(reference.slice(prefix.length).split(/\s/)[0]));
      if (model) return model;
    }
    const names = [entry.id, ...entry.aliases].map(normaliseModelName);
    for (const name of names) if (byId.has(name)) return byId.get(name);
    const stripped = new Set(names.map(lastSegment));
    return read.models.find(
      (model) => family(model) === entry.provider && stripped.has(lastSegment(normaliseModelName(model.id))),
    );
  }

  const lines = { differs: [], missing: [], absent: [] };
  const differing = new Set();
  let unlisted = 0;
  const known = new Set();
  const catalogueNames = new Set();
  for (const entry of PRICE_CATALOGUE) {
    for (const name of [entry.id, ...entry.aliases]) catalogueNames.add(lastSegment(normaliseModelName(name)));
    const model = fileModelOf(entry);
    if (!model) {
      lines.absent.push(`not in file  ${entry.id}`);
      continue;
    }
    known.add(model);
    const shownAs = normaliseModelName(model.id) === entry.id ? "" : `  (file: ${model.id})`;
    for (const kind of comparedKinds(read.format, PRICE_KINDS)) {
      const ours = entry.prices[kind];
      const theirs = model.prices[kind];
      if (theirs === undefined) {
        if (ours !== undefined) unlisted++;
        continue;
      }
      if (ours !== undefined && agree(ours, theirs)) continue;
      lines.differs.push(`differs  ${entry.id}  ${kind}  catalogue ${ours ?? "none"}  file ${theirs}${shownAs}`);
      differing.add(entry.id);
    }
  }
  for (const model of read.models) {
    if (known.has(model) || family(model) === undefined) continue;
    if (catalogueNames.has(lastSegment(normaliseModelName(model.id)))) continue;
    const { input, output } = model.prices;
    lines.missing.push(`not in catalogue  ${model.id}  ${model.provider}  input ${input}  output ${output}`);
  }

  for (const line of [...lines.differs, ...lines.missing, ...lines.absent]) console.log(line);
  console.log(
    `summary: ${count(lines.differs.length, "price differs", "prices differ")} ` +
      `in ${count(differing.size, "catalogue model", "catalogue models")}; ` +
      `${count(lines.missing.length, "chat model", "chat models")} of ${Object.keys(providers).join(", ")} ` +
      "not in the catalogue; " +
      `${count(lines.absent.length, "catalogue model", "catalogue models")} and ` +
      `${count(unlisted, "catalogue price", "catalogue prices")} not in the file ` +
      `(${read.fileName}: ${PRICE_FILE_FORMAT_LABELS[read.format]}, prices as of ${asOf}).`,
  );
}

main();
