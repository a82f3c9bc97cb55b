// `npm run prices:check -- FILE [--as-of YYYY-MM-DD] [--strict]`: compares the price catalogue with a
// price file: litellm's model_prices_and_context_window.json, genai-prices' data.json, or a CSV in
// the price_table column order. It reads the file only: no network.
//
// What it compares, for each catalogue model the file lists (src/prices/catalogue.ts matches them
// and says why each price differs; this script only prints): token, cached, cache-write, batch,
// long-context and fine-tuning prices (litellm's `ft:` entries and genai-prices' `openai/ft:` models
// count as the base model's ft prices), in US dollars per 1M tokens; litellm's `deprecation_date`
// against the entry's retirement or deprecation date (either agrees); genai-prices' `deprecated`
// against the catalogue's status today (deprecated or retired agrees); and an `ft:` model the file
// lists for a model whose fine-tuning the catalogue says is not offered (reported, not failed on). Both sides are read for the
// same day, today: the catalogue's prices in force today, and genai-prices' dated prices in force
// today (the file's own announced changes included: its date says how old it is, not which of its
// prices apply).
//
// The file's date: from its contents where the format has one (a CSV's "as of" row; one after
// today is set aside), else `--as-of`; without either it is compared as of today and says so. It decides whether a price is
// one the file predates (a documented cut) and whether a model looks current, and a file more than
// 90 days old is warned of. Today is the computer's date (UTC); the environment variable
// AICOST_TODAY=YYYY-MM-DD sets it instead (for tests; read by this script only).
//
// What it prints, each line starting with its group's words so that it can be picked out:
//   `differs`, `date differs`, `fine-tuning differs`: real differences;
//   `documented`: a price the catalogue explains (a schedule, a cut the file predates, a cancelled
//     change, a disputed figure), with its note;
//   `left blank`: a price the catalogue leaves out on purpose;
//   `not in catalogue`: models of the catalogue's providers the catalogue lacks, listed only when
//     they look current: not `ft:`, not a dated snapshot (2024-08-06, 20240806) older than the
//     year before the file's date, not past a `deprecation_date` on or before the file's date, not
//     marked deprecated (src/prices/fileDates.ts, looksCurrent). Each name is listed once: another
//     spelling of it or of a catalogue model (a regional deployment, another dated snapshot, the
//     same name under another path) is counted, as are the older ones, on `and ...` lines;
//   `not in file`: catalogue models the file does not list, with their status today;
//   `summary:`, then with --strict the `strict` lines.
//
// Exit codes: 0 the file was read and compared (differences are findings); 1 with --strict, a
// price or date of a model active today differs without a documented reason (`differs` or `date
// differs`); 2 nothing was compared: wrong arguments, a missing or unreadable file, or a file the
// readers refuse (not a price file, binary, too large, prices in the wrong unit), with one line on
// stderr.
const fs = require("fs");
const path = require("path");
const { requireSource } = require("./ts-require");

const USAGE =
  "usage: npm run prices:check -- FILE [--as-of YYYY-MM-DD] [--strict] " +
  "(FILE: litellm's model_prices_and_context_window.json, genai-prices' data.json or a price_table CSV)";

/** Days after which a file's prices are called old (SPEC 5, Prices). */
const { STALE_AFTER_DAYS: STALE_DAYS } = requireSource("prices/age.ts");

function fail(message) {
  process.stderr.write(`prices:check: ${message}\n`);
  process.exit(2);
}

function parseArguments(args) {
  const options = { file: undefined, asOf: undefined, strict: false };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--as-of") {
      options.asOf = args[++i];
      if (!/^\d{4}-\d{2}-\d{2}$/.test(options.asOf ?? "")) fail(`--as-of takes a date YYYY-MM-DD. ${USAGE}`);
    } else if (args[i] === "--strict") options.strict = true;
    else if (options.file === undefined && !args[i].startsWith("--")) options.file = args[i];
    else fail(`unexpected argument ${args[i]}. ${USAGE}`);
  }
  if (options.file === undefined) fail(USAGE);
  return options;
}

/** Why a file cannot be read, in a few words. */
function cannotRead(error) {
  const reasons = { ENOENT: "no such file", EACCES: "permission denied", EISDIR: "it is a folder" };
  return reasons[error.code] ?? error.message;
}

const count = (n, one, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** Every name a file's id could be the catalogue's under: itself, and without each leading path segment. */
const suffixes = (id) => id.split("/").map((_, i, parts) => parts.slice(i).join("/"));

function main() {
  const options = parseArguments(process.argv.slice(2));
  const { file } = options;

  // requireSource loads src/ afresh; the other modules are then required from the same cache, so
  // that every module sees one engine.
  const { differencesFrom, matchCatalogue, catalogueProvider, CATALOGUE_PROVIDERS, DOCUMENTED } =
    requireSource("prices/catalogue.ts");
  const { MAX_PRICE_FILE_MB } = require("../src/prices/priceFile.ts");
  const { readPriceFile, PRICE_FILE_FORMAT_LABELS, PRICE_FILE_MESSAGES } = require("../src/prices/priceFiles.ts");
  const {
    readFileDates,
    dateDifferences,
    isFineTunedId,
    looksCurrent,
    withoutFineTuning,
    undatedName,
  } = require("../src/prices/fileDates.ts");
  const {
    PRICE_CATALOGUE,
    catalogueEntry,
    fineTuningOn,
    readIsoDate,
    serialFromIso,
    statusOn,
  } = require("../src/engine/index.ts");

  const fixed = process.env.AICOST_TODAY;
  const today = fixed ? readIsoDate(fixed) : new Date().toISOString().slice(0, 10);
  if (today === undefined) fail(`AICOST_TODAY takes a date YYYY-MM-DD; it reads ${fixed}.`);
  if (options.asOf !== undefined) {
    if (readIsoDate(options.asOf) === undefined) fail(`--as-of ${options.asOf} is no calendar day. ${USAGE}`);
    if (options.asOf > today)
      fail(`--as-of ${options.asOf} is after today (${today}): a file is dated on or before it.`);
  }

  const fileName = path.basename(file);
  let text;
  try {
    const { size } = fs.statSync(file);
    if (size >= MAX_PRICE_FILE_MB * 1024 * 1024) fail(PRICE_FILE_MESSAGES.tooLarge(fileName, size / (1024 * 1024)));
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    fail(`cannot read ${file}: ${cannotRead(error)}.`);
  }
  const read = readPriceFile(text, fileName, today);
  if ("error" in read) fail(read.error);

  // The file's date: its contents', else --as-of, else today (said so). A date after today in the
  // contents is no date the file can have: it is set aside, as --as-of's would be refused.
  const contents = read.asOf !== undefined && read.asOf <= today ? read.asOf : undefined;
  // A release check needs the file's date: without it a change the catalogue records reads as a difference.
  if (options.strict && contents === undefined && options.asOf === undefined) {
    fail(`${fileName} carries no date of its own: --strict needs --as-of YYYY-MM-DD, the day the file last changed.`);
  }
  const fileDate = contents ?? options.asOf ?? today;
  const onToday = `${today} (today${fixed ? ", from AICOST_TODAY" : ""})`;
  console.log(
    `file  ${fileName}: ${PRICE_FILE_FORMAT_LABELS[read.format]}, ${count(read.models.length, "model")} read, ` +
      `${count(read.skipped.length, "entry", "entries")} skipped`,
  );
  if (read.asOf !== undefined && contents === undefined) {
    console.log(`the file's contents date it ${read.asOf}, after today: that date is not used`);
  }
  const unused = options.asOf !== undefined && options.asOf !== contents ? `, not --as-of ${options.asOf}` : "";
  console.log(
    contents !== undefined
      ? `file dated ${contents} (from its contents${unused}); compared with the catalogue's prices in force on ${onToday}`
      : options.asOf !== undefined
        ? `file dated ${options.asOf} (from --as-of); compared with the catalogue's prices in force on ${onToday}`
        : `the file carries no date (--as-of YYYY-MM-DD gives it): compared as of today, with the catalogue's ` +
          `prices in force on ${onToday}`,
  );
  const age = serialFromIso(today) - serialFromIso(fileDate);
  if (age > STALE_DAYS) {
    console.log(
      `warning: the file is ${count(age, "day")} old: prices may have changed since ${fileDate}; ` +
        "compare a fresh copy before relying on it",
    );
  }

  // The readers take prices only: the dates are read from the parsed file (a CSV carries none).
  const data = read.format === "csv" ? undefined : JSON.parse(text);
  const dates = readFileDates(data, read.format);

  const lines = { differs: [], documented: [], blank: [], unknown: [], absent: [], strict: [] };
  const differing = new Set();
  const active = (entry) => statusOn(entry, today) === "active";
  const shownAs = (entry, fileId) => (fileId === entry.id ? "" : `  (file: ${fileId})`);

  for (const { entry, fileId, differences } of differencesFrom(read, fileDate, today)) {
    for (const { kind, catalogue, file: theirs, why, note } of differences) {
      const both = `${entry.id}  ${kind}  catalogue ${catalogue ?? "none"}  file ${theirs}`;
      if (why === "differs") {
        lines.differs.push(`differs  ${both}${note ? `  (${note})` : ""}${shownAs(entry, fileId)}`);
        differing.add(entry.id);
        if (active(entry)) lines.strict.push(`${entry.id}  ${kind}`);
      } else if (DOCUMENTED.includes(why)) lines.documented.push(`documented  ${both}  ${why}: ${note}`);
      else lines.blank.push(`left blank  ${entry.id}  ${kind}  file ${theirs}  ${note}`);
    }
  }

  const matched = matchCatalogue(read);
  const known = new Set(matched.flatMap(({ model, fineTuned }) => (fineTuned ? [model, fineTuned] : [model])));
  for (const { entry, model } of matched) {
    for (const { kind, catalogue, file: theirs } of dateDifferences(entry, dates.get(model.id), today)) {
      lines.differs.push(
        `date differs  ${entry.id}  ${kind}  catalogue ${catalogue}  file ${theirs}${shownAs(entry, model.id)}`,
      );
      differing.add(entry.id);
      if (active(entry)) lines.strict.push(`${entry.id}  ${kind}`);
    }
  }

  // The models the catalogue lacks: of its providers and current, each name once (its regional
  // deployments and dated snapshots counted as spellings), listed by provider.
  const providers = Object.keys(CATALOGUE_PROVIDERS[read.format]);
  const unknown = [];
  const unknownNames = new Set();
  let older = 0;
  let spellings = 0;
  let otherProviders = 0;
  for (const model of read.models) {
    if (known.has(model)) continue;
    if (catalogueProvider(read.format, model) === undefined) {
      otherProviders++;
      continue;
    }
    if (isFineTunedId(model.id)) {
      // A fine-tuned model whose prices matchCatalogue did not take for its base model.
      const base = suffixes(withoutFineTuning(model.id)).map(catalogueEntry).find(Boolean);
      if (base && fineTuningOn(base, today).status === "not offered") {
        lines.differs.push(`fine-tuning differs  ${base.id}  catalogue not offered  file lists ${model.id}`);
        differing.add(base.id);
      } else if (base) spellings++;
      else older++;
      continue;
    }
    const name = `${model.provider}/${undatedName(model.id)}`;
    if (suffixes(model.id).some((suffix) => catalogueEntry(suffix) !== undefined)) spellings++;
    else if (!looksCurrent(model.id, dates.get(model.id), fileDate)) older++;
    else if (unknownNames.has(name)) spellings++;
    else {
      unknownNames.add(name);
      unknown.push(model);
    }
  }
  unknown.sort((a, b) => providers.indexOf(a.provider) - providers.indexOf(b.provider));
  for (const { id, provider, prices } of unknown) {
    lines.unknown.push(`not in catalogue  ${id}  ${provider}  input ${prices.input}  output ${prices.output}`);
  }
  const byProvider = providers
    .map((provider) => [provider, unknown.filter((model) => model.provider === provider).length])
    .filter(([, n]) => n > 0)
    .map(([provider, n]) => `${provider} ${n}`);

  const matchedIds = new Set(matched.map(({ entry }) => entry.id));
  for (const entry of PRICE_CATALOGUE) {
    if (!matchedIds.has(entry.id)) lines.absent.push(`not in file  ${entry.id}  ${statusOn(entry, today)}`);
  }

  for (const line of [...lines.differs, ...lines.documented, ...lines.blank, ...lines.unknown]) console.log(line);
  console.log(`and ${count(older, "older or retired model")} of those providers, not listed`);
  console.log(
    `and ${count(spellings, "other spelling")} of catalogue or listed models (regional, dated or fine-tuned), not listed`,
  );
  console.log(
    `and ${count(otherProviders, "model")} of providers the catalogue does not sell (or of none named), not compared`,
  );
  for (const line of lines.absent) console.log(line);
  const strictModels = new Set(lines.strict.map((line) => line.split("  ")[0]));
  console.log(
    `summary: ${count(lines.differs.length, "difference")} in ${count(differing.size, "catalogue model")}, ` +
      `${count(strictModels.size, "active model")} among them; ` +
      `${count(lines.documented.length, "documented price")}; ${count(lines.blank.length, "price")} left blank; ` +
      `${count(unknown.length, "current model")} not in the catalogue` +
      (byProvider.length > 0 ? ` (${byProvider.join(", ")})` : "") +
      ` and ${older} older; ${count(lines.absent.length, "catalogue model")} not in the file.`,
  );

  if (!options.strict) return;
  if (lines.strict.length === 0) {
    console.log("strict: passes: no price or date of an active model differs without a documented reason");
    return;
  }
  for (const line of lines.strict) console.log(`strict fails  ${line}`);
  console.log(
    `strict: fails: ${count(lines.strict.length, "price or date", "prices or dates")} of ` +
      `${count(strictModels.size, "active model")} ${lines.strict.length === 1 ? "differs" : "differ"} ` +
      "without a documented reason",
  );
  process.exitCode = 1;
}

main();
