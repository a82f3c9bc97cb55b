/**
 * The task pane's view: the only code that touches the DOM. It renders what the controller hands
 * it and reports what the user does; it holds no state of the questionnaire.
 */
import { unitOf, type AnswerKey, type Field, type RawAnswer } from "../sheet/answers";
import type { ModelNote } from "./modelNotes";
import { element } from "./dom";

/** A question as the view shows it, with a note under a model question (its prices' date, its status). */
export type FieldView = Field & { value: RawAnswer; error?: string; note?: ModelNote };

export interface StepView {
  number: number;
  count: number;
  title: string;
  titles: string[];
  fields: FieldView[];
}

export interface ResultView {
  /** FT_RECOMMEND's recommendation: the headline. */
  recommendation: string;
  /** Why, in dollars. */
  reason: string;
  /** What the comparison rests on: a model retiring within the horizon, the analyst's own fine-tuned prices. */
  notes: string[];
  /** The decision rule's verdict, shown as the reasoning beneath. */
  verdict: string;
  verdictExplanation: string;
  reasons: { passed: boolean; text: string; decisive: boolean }[];
  figuresTitle: string;
  figures: { label: string; value: string }[];
  /** How sure the recommendation is: the chance it is the cheapest, the totals' ranges, what would change it. */
  sure: {
    chance: string;
    chanceWords: string;
    summary: string;
    /** Each strategy: its name, its chance of being the cheapest, its totals' 10th to 90th percentile. */
    rows: { cells: [string, string, string]; recommended: boolean }[];
    /** What would change the recommendation, one sentence an input. */
    switches: string[];
  };
  /** The chance of paying back within the horizon, what the simulation found, and the tornado. */
  risk: {
    chance: string;
    /** The words after the chance: " chance that fine-tuning pays back within 24 months." */
    chanceWords: string;
    summary: string;
    tornadoCaption: string;
    /** Net savings with each input at its low and at its high, largest swing first. */
    tornado: { input: string; atLow: number; atHigh: number; text: string }[];
  };
  comparison: {
    caption: string;
    header: string[];
    /** Each strategy's cells, marked when it is the one recommended or one the rule finds unfit. */
    rows: { cells: string[]; mark?: "recommended" | "unfit"; why?: string }[];
  };
  canWrite: boolean;
  writeNote: string;
}

/** A price file read and checked, before anything is written: its date, and how it differs from the catalogue. */
export interface PriceReviewView {
  fileName: string;
  /** The models taken and skipped, and why. */
  summary: string;
  /** The file's date: from its contents, else asked (with what was wrong with the last answer). */
  date: { value: string; fromContents: boolean; error?: string; /** Today: no later date is taken. */ latest?: string };
  /** Once the date is known: each catalogue model the file prices otherwise, with the choice of which wins. */
  models?: {
    id: string;
    winner: "file" | "catalogue";
    because: string;
    /** The catalogue's date and source for the model. */
    catalogue: string;
    prices: { kind: string; catalogue: string; file: string; why: string }[];
  }[];
  /** What Write price sheet will write. */
  plan?: string;
  /** The file's age, where its prices are older than 90 days. */
  stale?: string;
}

/** A usage file read, before its sheet is written: what it holds, the model to keep, or its columns to map. */
export interface UsageReviewView {
  fileName: string;
  /** What was read: the format, the period, the rows and the models. */
  summary: string;
  /** A sentence per reason rows were skipped. */
  skipped: string[];
  /** The models to choose from, "" for all; absent while the columns are being mapped. */
  models?: { value: string; label: string }[];
  model: string;
  /** A CSV of another shape: its headers, and each column's header chosen so far. */
  mapping?: { headers: string[]; roles: { role: string; label: string; required: boolean; header: string }[] };
  /** What Write usage sheet will write. */
  plan?: string;
  /** True for a CSV, whose columns can be mapped again. */
  canRemap?: boolean;
  /** Why the columns chosen could not be read, shown in the form that chose them. */
  mappingError?: string;
}

export interface ViewEvents {
  answer(key: AnswerKey, value: RawAnswer): void;
  next(): void;
  back(): void;
  restart(): void;
  writeSheet(): void;
  writeAtSelection(): void;
  /** A price file the analyst chose: its name and its text. */
  importPrices(file: { name: string; size?: number; text(): Promise<string> }): void;
  /** Takes the written sheet's changed inputs as the answers. */
  readBack(): void;
  /** The date of the price file under review, as typed. */
  priceDate(text: string): void;
  /** Which prices win for one catalogue model of the file under review. */
  priceChoice(model: string, winner: "file" | "catalogue"): void;
  /** Writes the file under review as a price sheet. */
  writePrices(): void;
  /** Drops the file under review: nothing is written. */
  cancelPrices(): void;
  /** A usage file the analyst chose. */
  importUsage(file: UsageFile): void;
  /** The model whose usage the sheet keeps ("" for all). */
  usageModel(model: string): void;
  /** The headers chosen for a CSV's columns, by role. */
  usageMapping(mapping: Record<string, string>): void;
  /** Asks again for the columns of the CSV under review. */
  remapUsage(): void;
  /** Writes the usage file under review as a Usage sheet. */
  writeUsage(): void;
  /** Drops the usage file under review. */
  cancelUsage(): void;
}

/** A file as the pane reads it: streamed where the browser can, read whole otherwise. */
export interface UsageFile {
  name: string;
  size?: number;
  text(): Promise<string>;
  stream?(): ReadableStream<Uint8Array>;
  slice?(start: number, end: number): { text(): Promise<string> };
}

/**
 * A table with its caption and a header row (the first heading names the rows), around its body,
 * in a region that scrolls sideways in a narrow pane and is named for screen readers.
 */
function scrollingTable(
  attributes: Record<string, string>,
  caption: string,
  header: readonly string[],
  body: HTMLElement,
  label: string,
): HTMLElement {
  const table = element("table", attributes);
  const head = element("tr");
  header.forEach((text, index) => head.append(element("th", { scope: index === 0 ? "row" : "col" }, text)));
  const thead = element("thead");
  thead.append(head);
  table.append(element("caption", {}, caption), thead, body);
  const scroller = element("div", { class: "table-scroll", tabindex: "0", role: "region", "aria-label": label });
  scroller.append(table);
  return scroller;
}

/**
 * A "How sure" section's head: its title, the chance in bold with the words after it, and the
 * summary beneath; ids from the prefix (sure-chance, risk-summary).
 */
function chanceSection(
  prefix: string,
  className: string,
  title: string,
  said: { chance: string; chanceWords: string; summary: string },
): HTMLElement {
  const section = element("section", { class: className, "aria-labelledby": `${prefix}-title` });
  section.append(element("h3", { id: `${prefix}-title` }, title));
  const chance = element("p", { class: "chance" });
  chance.append(element("strong", { id: `${prefix}-chance` }, said.chance), document.createTextNode(said.chanceWords));
  section.append(chance, element("p", { class: "help", id: `${prefix}-summary` }, said.summary));
  return section;
}

export class PaneView {
  private readonly form = element("form", { id: "step-form", novalidate: "" });
  private readonly fieldsRoot = element("div", { id: "fields" });
  private readonly title = element("h2", { id: "step-title", tabindex: "-1" });
  private readonly progress = element("ol", { id: "progress", class: "progress", "aria-label": "Progress" });
  private readonly back = element("button", { type: "button", id: "back" }, "Back");
  private readonly next = element("button", { type: "submit", id: "next", class: "primary" }, "Next");
  private readonly result = element("section", { id: "result", "aria-labelledby": "result-title" });
  /** The price file under review, before it is written. */
  private readonly review = element("section", { id: "price-review", "aria-labelledby": "price-review-title" });
  private readonly status = element("p", { id: "status", class: "status", role: "status", "aria-live": "polite" });
  private readonly models = element("datalist", { id: "model-list" });
  private readonly priceFile = element("input", {
    type: "file",
    id: "price-file",
    accept: ".json,.csv,application/json,text/csv",
    class: "visually-hidden",
    tabindex: "-1",
    // Chosen through the Import prices button; labelled for a screen reader that meets it anyway.
    "aria-label": "Price file to import",
  });
  private readonly importButton = element("button", { type: "button", id: "import-prices" }, "Import prices…");
  /** The usage file under review, before its sheet is written. */
  private readonly usageReview = element("section", { id: "usage-review", "aria-labelledby": "usage-review-title" });
  private readonly usageFile = element("input", {
    type: "file",
    id: "usage-file",
    accept: ".json,.jsonl,.csv,application/json,text/csv",
    class: "visually-hidden",
    tabindex: "-1",
    "aria-label": "Usage file to import",
  });
  private readonly usageButton = element("button", { type: "button", id: "import-usage" }, "Import usage…");

  /** Builds the pane inside root; the model list offers the catalogue's ids. */
  constructor(root: HTMLElement, modelIds: readonly string[]) {
    const header = element("header", { class: "pane-header" });
    header.append(
      element("h1", {}, "AI Cost"),
      element(
        "p",
        { class: "lead" },
        "Fine-tune a small model, give it memory, or keep the larger one? Answer three steps.",
      ),
    );
    const actions = element("div", { class: "actions" });
    actions.append(this.back, this.next);
    this.form.append(this.title, this.fieldsRoot, actions);
    this.result.hidden = true;
    this.setModelOptions(modelIds);
    const prices = element("div", { class: "prices" });
    prices.append(
      this.importButton,
      element(
        "span",
        { class: "help" },
        "From litellm's or genai-prices' price file, or a CSV in the price_table layout.",
      ),
      this.priceFile,
    );
    const usage = element("div", { class: "prices" });
    usage.append(
      this.usageButton,
      element(
        "span",
        { class: "help" },
        "Your team's usage: OpenAI's usage export, a LiteLLM spend log, or any CSV whose columns you map.",
      ),
      this.usageFile,
    );
    header.append(prices, usage);
    this.review.hidden = true;
    this.usageReview.hidden = true;
    root.replaceChildren(
      header,
      this.review,
      this.usageReview,
      this.progress,
      this.form,
      this.result,
      this.status,
      this.models,
    );
  }

  /** The ids the model questions offer. */
  setModelOptions(modelIds: readonly string[]): void {
    this.models.replaceChildren(...modelIds.map((id) => element("option", { value: id })));
  }

  bind(events: ViewEvents): void {
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      events.next();
    });
    this.back.addEventListener("click", () => events.back());
    this.importButton.addEventListener("click", () => this.priceFile.click());
    this.priceFile.addEventListener("change", () => {
      const file = this.priceFile.files?.[0];
      this.priceFile.value = "";
      if (file) events.importPrices(file);
    });
    this.usageButton.addEventListener("click", () => this.usageFile.click());
    this.usageFile.addEventListener("change", () => {
      const file = this.usageFile.files?.[0];
      this.usageFile.value = "";
      if (file) events.importUsage(file);
    });
    this.usageReview.addEventListener("change", (event) => {
      const target = event.target as HTMLSelectElement;
      if (target.id === "usage-model") events.usageModel(target.value);
    });
    this.usageReview.addEventListener("submit", (event) => {
      event.preventDefault();
      const mapping: Record<string, string> = {};
      this.usageReview.querySelectorAll<HTMLSelectElement>("select[data-role]").forEach((select) => {
        if (select.value) mapping[select.dataset.role ?? ""] = select.value;
      });
      events.usageMapping(mapping);
    });
    this.usageReview.addEventListener("click", (event) => {
      const action = (event.target as HTMLElement).closest("button")?.dataset.action;
      if (action === "write-usage") events.writeUsage();
      else if (action === "remap-usage") events.remapUsage();
      else if (action === "cancel-usage") events.cancelUsage();
    });
    this.review.addEventListener("submit", (event) => {
      event.preventDefault();
      const date = this.review.querySelector<HTMLInputElement>("#price-date");
      if (date) events.priceDate(date.value);
    });
    this.review.addEventListener("change", (event) => {
      const target = event.target as HTMLInputElement;
      if (target.name.startsWith("winner-") && target.checked) {
        events.priceChoice(target.dataset.model ?? "", target.value as "file" | "catalogue");
      }
    });
    this.review.addEventListener("click", (event) => {
      const action = (event.target as HTMLElement).closest("button")?.dataset.action;
      if (action === "write-prices") events.writePrices();
      else if (action === "cancel-prices") events.cancelPrices();
    });
    this.fieldsRoot.addEventListener("input", (event) => this.report(event, events));
    this.fieldsRoot.addEventListener("change", (event) => this.report(event, events));
    // A suggested model id answers its question.
    this.fieldsRoot.addEventListener("click", (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>("button[data-suggest]");
      if (button?.dataset.key) events.answer(button.dataset.key as AnswerKey, button.dataset.suggest ?? "");
    });
    this.result.addEventListener("click", (event) => {
      const action = (event.target as HTMLElement).closest("button")?.dataset.action;
      if (action === "write-sheet") events.writeSheet();
      else if (action === "write-selection") events.writeAtSelection();
      else if (action === "back") events.back();
      else if (action === "restart") this.confirmRestart(event.target as HTMLElement, events);
      else if (action === "keep-answers") this.keepAnswers();
      else if (action === "read-back") events.readBack();
    });
  }

  /**
   * Start over clears every answer, which no undo brings back: the first press asks, in the
   * button's own words, and offers to keep them; the second starts over. (Office add-ins have no
   * confirm() dialog.)
   */
  private confirmRestart(target: HTMLElement, events: ViewEvents): void {
    const button = target.closest<HTMLButtonElement>("button");
    if (!button) return;
    if (button.dataset.confirming === "true") {
      events.restart();
      return;
    }
    button.dataset.confirming = "true";
    button.textContent = "Clear every answer and start over";
    const keep = element("button", { type: "button", "data-action": "keep-answers" }, "Keep my answers");
    button.after(keep);
    keep.focus();
  }

  /** Back from the question Start over asks: the answers stay, and the button says Start over again. */
  private keepAnswers(): void {
    const button = this.result.querySelector<HTMLButtonElement>("button[data-action='restart']");
    this.result.querySelector("button[data-action='keep-answers']")?.remove();
    if (!button) return;
    delete button.dataset.confirming;
    button.textContent = "Start over";
    button.focus();
  }

  private report(event: Event, events: ViewEvents): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const key = target.dataset.key as AnswerKey | undefined;
    if (!key) return;
    if (target instanceof HTMLInputElement && target.type === "checkbox") {
      if (event.type === "change") events.answer(key, target.checked);
    } else if (event.type === "input" || target instanceof HTMLSelectElement) {
      events.answer(key, target.value);
    }
  }

  private renderProgress(step: { number: number; titles: string[] }): void {
    this.progress.replaceChildren(
      ...step.titles.map((title, index) => {
        const item = element("li", {}, title);
        if (index + 1 === step.number) item.setAttribute("aria-current", "step");
        if (index + 1 < step.number) item.className = "done";
        return item;
      }),
    );
  }

  /** Shows a question step; keeps the focus on the control the user is in. */
  showStep(step: StepView, focus: "heading" | "first-error" | "keep"): void {
    const active = document.activeElement as HTMLInputElement | null;
    const activeId = active?.id;
    const caret = active && "selectionStart" in active ? active.selectionStart : null;

    this.result.hidden = true;
    this.form.hidden = false;
    this.renderProgress(step);
    this.title.textContent = `Step ${step.number} of ${step.count}: ${step.title}`;
    // A part of the step ("How sure are you?") is headed where its first question is.
    const nodes: HTMLElement[] = [];
    step.fields.forEach((field, index) => {
      const group = field.group;
      if (group && group !== step.fields[index - 1]?.group) {
        const heading = element("div", { class: "field-group" });
        heading.append(element("h3", {}, group.title), element("p", { class: "help" }, group.help));
        nodes.push(heading);
      }
      nodes.push(this.renderField(field));
    });
    this.fieldsRoot.replaceChildren(...nodes);
    this.back.disabled = step.number === 1;
    this.next.textContent = step.number === step.count - 1 ? "See the result" : "Next";

    if (focus === "heading") this.title.focus();
    else if (focus === "first-error") this.fieldsRoot.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
    else if (activeId) {
      const again = document.getElementById(activeId) as HTMLInputElement | null;
      again?.focus();
      if (again && caret !== null && again.type === "text") again.setSelectionRange(caret, caret);
    }
  }

  private renderField(field: FieldView): HTMLElement {
    const id = `field-${field.key}`;
    const wrapper = element("div", { class: `field field-${field.kind}` });
    const described = [
      `${id}-help`,
      ...(field.note ? [`${id}-note`] : []),
      ...(field.error ? [`${id}-error`] : []),
    ].join(" ");
    let control: HTMLInputElement | HTMLSelectElement;
    if (field.kind === "choice") {
      control = element("select", { id });
      for (const choice of field.choices) {
        const option = element("option", { value: choice.value }, choice.label);
        option.selected = choice.value === field.value;
        control.append(option);
      }
    } else if (field.kind === "boolean") {
      control = element("input", { id, type: "checkbox" });
      control.checked = field.value === true;
    } else {
      control = element("input", { id, type: "text", autocomplete: "off", spellcheck: "false" });
      if (field.kind === "number") control.setAttribute("inputmode", "decimal");
      if (field.kind === "model") control.setAttribute("list", "model-list");
      control.value = String(field.value);
    }
    control.dataset.key = field.key;
    control.setAttribute("aria-describedby", described);
    if (field.error) control.setAttribute("aria-invalid", "true");

    const label = element("label", { for: id }, field.label);
    if (field.kind === "boolean") {
      const row = element("div", { class: "check" });
      row.append(control, label);
      wrapper.append(row);
    } else if (field.kind === "number") {
      const row = element("div", { class: "with-unit" });
      row.append(control, element("span", { class: "unit", "aria-hidden": "true" }, unitOf(field)));
      label.append(element("span", { class: "visually-hidden" }, ` (${unitOf(field)})`));
      wrapper.append(label, row);
    } else {
      wrapper.append(label, control);
    }
    wrapper.append(element("p", { id: `${id}-help`, class: "help" }, field.help));
    if (field.note) wrapper.append(this.renderNote(`${id}-note`, field.key, field.note));
    if (field.error) wrapper.append(element("p", { id: `${id}-error`, class: "error" }, field.error));
    return wrapper;
  }

  /** The note under a model question, with the suggested ids as buttons that answer it. */
  private renderNote(id: string, key: AnswerKey, note: ModelNote): HTMLElement {
    const wrapper = element("div", { id, class: `note ${note.tone}` });
    wrapper.append(element("p", {}, note.text));
    if (note.suggestions.length > 0) {
      const list = element("div", { class: "suggestions", role: "group", "aria-label": "Suggested models" });
      for (const suggestion of note.suggestions) {
        list.append(
          element(
            "button",
            { type: "button", class: "suggestion", "data-suggest": suggestion, "data-key": key },
            suggestion,
          ),
        );
      }
      wrapper.append(list);
    }
    return wrapper;
  }

  /** Shows the result step. */
  showResult(step: { number: number; titles: string[] }, result: ResultView): void {
    this.form.hidden = true;
    this.result.hidden = false;
    this.renderProgress(step);

    const heading = element(
      "h2",
      { id: "result-title", tabindex: "-1" },
      `Step ${step.number} of ${step.titles.length}: The result`,
    );
    const headline = element("div", {
      class: "verdict",
      role: "group",
      "aria-labelledby": "recommendation-label",
      "aria-describedby": "recommendation-reason",
    });
    headline.append(
      element("p", { id: "recommendation-label", class: "verdict-label" }, "Recommendation"),
      element("p", { class: "verdict-value", id: "recommendation" }, result.recommendation),
      element("p", { class: "reason", id: "recommendation-reason" }, result.reason),
    );
    for (const note of result.notes) headline.append(element("p", { class: "note warning" }, note));
    const rule = element("div", { class: "rule" });
    const verdict = element("p", {}, "The rule's verdict: ");
    verdict.append(element("strong", { id: "verdict" }, result.verdict));
    rule.append(verdict, element("p", { class: "help" }, result.verdictExplanation));

    const reasons = element("ul", { class: "reasons", "aria-label": "Why: each rule of the decision" });
    for (const reason of result.reasons) {
      const item = element("li", { class: reason.passed ? "pass" : "fail" });
      const text = element("span", {}, reason.text);
      if (reason.decisive) text.append(element("strong", { class: "decisive" }, " — decides the verdict"));
      item.append(
        element("span", { class: "mark", "aria-hidden": "true" }, reason.passed ? "✓" : "✗"),
        element("span", { class: "visually-hidden" }, reason.passed ? "Passes: " : "Fails: "),
        text,
      );
      reasons.append(item);
    }

    const figures = element("dl", { class: "figures" });
    for (const figure of result.figures) {
      const row = element("div");
      row.append(element("dt", {}, figure.label), element("dd", {}, figure.value));
      figures.append(row);
    }

    const body = element("tbody");
    for (const { cells, mark, why } of result.comparison.rows) {
      const tr = element("tr", mark ? { class: mark } : {});
      cells.forEach((text, index) => {
        const cell = element(index === 0 ? "th" : "td", index === 0 ? { scope: "row" } : {}, text);
        if (index === 0 && mark) {
          cell.append(
            element("span", { class: "tag" }, mark === "recommended" ? "Recommended" : "Not fit for the task"),
          );
        }
        // Why a strategy has no price, as FT_COMPARE's #N/A says it in the sheet.
        if (index === 0 && why) cell.append(element("span", { class: "why" }, why));
        tr.append(cell);
      });
      body.append(tr);
    }
    const scroller = scrollingTable(
      { class: "comparison" },
      result.comparison.caption,
      result.comparison.header,
      body,
      "Comparison table",
    );

    const actions = element("div", { class: "actions result-actions" });
    const write = element(
      "button",
      { type: "button", class: "primary", "data-action": "write-sheet" },
      "Write to sheet",
    );
    const writeHere = element("button", { type: "button", "data-action": "write-selection" }, "Write at selection");
    write.disabled = !result.canWrite;
    writeHere.disabled = !result.canWrite;
    actions.append(
      write,
      writeHere,
      element("button", { type: "button", "data-action": "back" }, "Back"),
      element("button", { type: "button", "data-action": "restart" }, "Start over"),
    );

    this.result.replaceChildren(
      heading,
      headline,
      this.snapshot,
      scroller,
      element("h3", {}, "Why: the decision rule"),
      rule,
      reasons,
      element("h3", {}, result.figuresTitle),
      figures,
      this.renderSure(result.sure),
      this.renderRisk(result.risk),
      actions,
      element("p", { class: "help" }, result.writeNote),
    );
    heading.focus();
  }

  /** How sure the recommendation is: its chance, the totals' ranges, and what would change it. */
  private renderSure(sure: ResultView["sure"]): HTMLElement {
    const section = chanceSection("sure", "risk sure", "How sure: the recommendation", sure);
    if (sure.rows.length > 0) {
      const body = element("tbody");
      for (const row of sure.rows) {
        const tr = element("tr", row.recommended ? { class: "recommended" } : {});
        row.cells.forEach((text, index) =>
          tr.append(element(index === 0 ? "th" : "td", index === 0 ? { scope: "row" } : {}, text)),
        );
        body.append(tr);
      }
      const header = ["Strategy", "Cheapest in", "Total, 10th to 90th percentile"];
      const caption = "Each strategy over your ranges";
      section.append(scrollingTable({ class: "sure-table", id: "sure-table" }, caption, header, body, caption));
    }
    if (sure.switches.length > 0) {
      section.append(element("h4", {}, "What would change it"));
      const list = element("ul", { class: "switches", id: "switches" });
      for (const sentence of sure.switches) list.append(element("li", {}, sentence));
      section.append(list);
    }
    return section;
  }

  /** The chance of paying back, and the tornado as a table whose bars span each input's swing. */
  private renderRisk(risk: ResultView["risk"]): HTMLElement {
    const section = chanceSection("risk", "risk", "How sure: the chance of paying back", risk);
    if (risk.tornado.length === 0) return section;
    const values = risk.tornado.flatMap((row) => [row.atLow, row.atHigh, 0]);
    const min = Math.min(...values);
    const span = Math.max(...values) - min || 1;
    const position = (value: number) => `${(((value - min) / span) * 100).toFixed(2)}%`;
    const table = element("table", { class: "tornado", id: "tornado" });
    table.append(element("caption", {}, risk.tornadoCaption));
    const body = element("tbody");
    for (const row of risk.tornado) {
      const tr = element("tr");
      const bar = element("div", { class: "bar", "aria-hidden": "true" });
      const from = Math.min(row.atLow, row.atHigh);
      const to = Math.max(row.atLow, row.atHigh);
      bar.style.left = position(from);
      bar.style.width = `calc(${position(to)} - ${position(from)})`;
      const track = element("div", { class: "track" });
      track.append(bar);
      const cell = element("td", {}, row.text);
      cell.prepend(track);
      tr.append(element("th", { scope: "row" }, row.input), cell);
      body.append(tr);
    }
    table.append(body);
    section.append(table);
    return section;
  }

  /** The line that says the figures are a snapshot, and whether the written sheet has changed since. */
  private readonly snapshot = element("div", { id: "snapshot", class: "snapshot", role: "status" });

  showSnapshot(snapshot: { text: string; canReadBack: boolean }): void {
    const text = element("p", { class: snapshot.canReadBack ? "note warning" : "help" }, snapshot.text);
    if (!snapshot.canReadBack) {
      this.snapshot.replaceChildren(text);
      return;
    }
    this.snapshot.replaceChildren(
      text,
      element("button", { type: "button", "data-action": "read-back" }, "Read the sheet's inputs back"),
    );
  }

  /**
   * Shows a price file under review: its date (asked where its contents carry none) and, once the
   * date is known, each catalogue model it prices otherwise, with the choice of which wins.
   */
  showPriceReview(review: PriceReviewView, focus: "heading" | "date" | "keep"): void {
    this.review.hidden = false;
    const heading = element("h2", { id: "price-review-title", tabindex: "-1" }, `Prices from ${review.fileName}`);
    const dateForm = element("form", { class: "price-date", novalidate: "" });
    const dateHelp = review.date.fromContents
      ? "The file's own date, from its contents. Change it if you know better."
      : "The file does not say when its prices were last updated: give that day (the date its source shows, or the one it was sent with), not the day you downloaded it.";
    const input = element("input", {
      type: "date",
      id: "price-date",
      value: review.date.value,
      required: "",
      ...(review.date.latest ? { max: review.date.latest } : {}),
      "aria-describedby": review.date.error ? "price-date-help price-date-error" : "price-date-help",
    });
    if (review.date.error) input.setAttribute("aria-invalid", "true");
    dateForm.append(
      element("label", { for: "price-date" }, "Date of the file's prices"),
      input,
      element("p", { class: "help", id: "price-date-help" }, dateHelp),
    );
    if (review.date.error) dateForm.append(element("p", { class: "error", id: "price-date-error" }, review.date.error));
    dateForm.append(
      element(
        "button",
        { type: "submit", id: "price-date-apply" },
        review.models ? "Change the date" : "Compare with the catalogue",
      ),
    );
    const nodes: HTMLElement[] = [heading, element("p", { class: "help" }, review.summary), dateForm];
    if (review.stale) nodes.push(element("p", { class: "note warning" }, review.stale));
    if (review.models) {
      nodes.push(
        element(
          "p",
          { id: "price-differences-lead", tabindex: "-1" },
          review.models.length === 0
            ? "The file prices every catalogue model it lists as the catalogue does."
            : `${review.models.length} catalogue model${review.models.length === 1 ? " is" : "s are"} priced otherwise in the file. Choose, for each, which prices the sheet uses; the default is the more recent, and the catalogue where it documents the difference.`,
        ),
      );
      for (const model of review.models) nodes.push(this.renderPriceModel(model));
      if (review.plan) {
        nodes.push(element("p", { class: "help", id: "price-plan", "aria-live": "polite" }, review.plan));
      }
      const actions = element("div", { class: "actions" });
      actions.append(
        element("button", { type: "button", class: "primary", "data-action": "write-prices" }, "Write price sheet"),
        element("button", { type: "button", "data-action": "cancel-prices" }, "Cancel"),
      );
      nodes.push(actions);
    } else {
      const actions = element("div", { class: "actions" });
      actions.append(element("button", { type: "button", "data-action": "cancel-prices" }, "Cancel"));
      nodes.push(actions);
    }
    this.review.replaceChildren(...nodes);
    if (focus === "heading") heading.focus();
    else if (focus === "date") this.review.querySelector<HTMLInputElement>("#price-date")?.focus();
    // The form that had the focus was rebuilt: the comparison it asked for takes it.
    else this.review.querySelector<HTMLElement>("#price-differences-lead")?.focus();
  }

  /** One catalogue model the file prices otherwise: its prices side by side, and the choice. */
  private renderPriceModel(model: NonNullable<PriceReviewView["models"]>[number]): HTMLElement {
    const group = element("fieldset", { class: "price-model", "data-model": model.id });
    group.append(element("legend", {}, model.id), element("p", { class: "help" }, model.catalogue));
    const body = element("tbody");
    for (const price of model.prices) {
      const row = element("tr");
      row.append(
        element("th", { scope: "row" }, price.kind),
        element("td", {}, price.catalogue),
        element("td", {}, price.file),
        element("td", {}, price.why),
      );
      body.append(row);
    }
    group.append(
      scrollingTable(
        { class: "price-differences" },
        `${model.id}: the catalogue's prices and the file's`,
        ["Price", "Catalogue", "File", "Why"],
        body,
        `${model.id}'s prices`,
      ),
    );
    const name = `winner-${model.id}`;
    const defaultId = `${name}-default`;
    for (const [value, label] of [
      ["file", "Use the file's prices"],
      ["catalogue", "Keep the catalogue's"],
    ] as const) {
      const id = `${name}-${value}`;
      const radio = element("input", {
        type: "radio",
        name,
        id,
        value,
        "data-model": model.id,
        "aria-describedby": defaultId,
      });
      radio.checked = model.winner === value;
      const option = element("div", { class: "choice" });
      option.append(radio, element("label", { for: id }, label));
      group.append(option);
    }
    group.append(element("p", { class: "help", id: defaultId }, `Default: ${model.because}.`));
    return group;
  }

  /** Says what Write price sheet will write, after a choice. */
  showPricePlan(plan: string): void {
    const node = this.review.querySelector("#price-plan");
    if (node) node.textContent = plan;
  }

  /** Hides the price file under review. */
  hidePriceReview(): void {
    this.review.hidden = true;
    this.review.replaceChildren();
    // The focus was in the review: it goes back to the button that opened it.
    this.importButton.focus();
  }

  /** Shows a usage file read: its summary and the model to keep, or the form that maps its columns. */
  showUsageReview(review: UsageReviewView, focus: "heading" | "mapping"): void {
    this.usageReview.hidden = false;
    const heading = element("h2", { id: "usage-review-title", tabindex: "-1" }, `Usage from ${review.fileName}`);
    const nodes: HTMLElement[] = [heading, element("p", { class: "help", id: "usage-summary" }, review.summary)];
    if (review.skipped.length > 0) {
      const list = element("ul", { class: "help", id: "usage-skipped" });
      list.append(...review.skipped.map((line) => element("li", {}, line)));
      nodes.push(list);
    }
    const actions = element("div", { class: "actions" });
    if (review.mapping) {
      const form = element("form", { class: "usage-mapping", novalidate: "" });
      form.append(element("p", { class: "help" }, "Choose the column that holds each figure."));
      for (const role of review.mapping.roles) {
        const id = `usage-column-${role.role}`;
        const select = element("select", { id, "data-role": role.role });
        select.append(element("option", { value: "" }, role.required ? "Choose a column" : "None"));
        for (const header of review.mapping.headers) {
          const option = element("option", { value: header }, header);
          option.selected = header === role.header;
          select.append(option);
        }
        const field = element("div", { class: "field field-choice" });
        field.append(
          element("label", { for: id }, `Column of ${role.label}${role.required ? "" : " (optional)"}`),
          select,
        );
        form.append(field);
      }
      if (review.mappingError) {
        form.append(element("p", { class: "error", id: "usage-mapping-error", role: "alert" }, review.mappingError));
      }
      form.append(element("button", { type: "submit", class: "primary", id: "usage-map" }, "Read with these columns"));
      nodes.push(form);
    } else if (review.models) {
      const field = element("div", { class: "field field-choice" });
      const select = element("select", { id: "usage-model" });
      for (const model of review.models) {
        const option = element("option", { value: model.value }, model.label);
        option.selected = model.value === review.model;
        select.append(option);
      }
      field.append(element("label", { for: "usage-model" }, "Model to keep"), select);
      nodes.push(field);
      if (review.plan)
        nodes.push(element("p", { class: "help", id: "usage-plan", "aria-live": "polite" }, review.plan));
      actions.append(
        element("button", { type: "button", class: "primary", "data-action": "write-usage" }, "Write usage sheet"),
      );
      if (review.canRemap) {
        actions.append(element("button", { type: "button", "data-action": "remap-usage" }, "Map the columns again"));
      }
    }
    actions.append(element("button", { type: "button", "data-action": "cancel-usage" }, "Cancel"));
    nodes.push(actions);
    this.usageReview.replaceChildren(...nodes);
    if (focus === "heading") heading.focus();
    // The form whose columns were not read is rebuilt: its first choice takes the focus.
    else this.usageReview.querySelector<HTMLElement>(".usage-mapping select")?.focus();
  }

  /** What Write usage sheet will write, after the model to keep changed: the rest stays as it is. */
  showUsagePlan(plan: string): void {
    const target = this.usageReview.querySelector("#usage-plan");
    if (target) target.textContent = plan;
  }

  /** Hides the usage review; the focus goes back to the button that opened it, unless told not to. */
  hideUsageReview(restoreFocus = true): void {
    this.usageReview.hidden = true;
    this.usageReview.replaceChildren();
    if (restoreFocus) this.usageButton.focus();
  }

  showStatus(message: string, kind: "info" | "success" | "error"): void {
    this.status.textContent = message;
    this.status.className = `status ${kind}`;
    // What a write did is read where it was asked for: in view in a narrow pane too.
    if (message && kind !== "info") this.status.scrollIntoView?.({ block: "nearest" });
  }
}
