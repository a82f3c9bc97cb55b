/**
 * A small stand-in for the parts of Excel's object model the writer uses, run under
 * office-addin-mock (which supplies Excel.run, load and sync). Only Excel has the real thing;
 * this records what the writer asks for so tests can check it.
 */
import { OfficeMockObject } from "office-addin-mock";
import { parseAddress } from "../../src/preview/hyperformulaSheet";
import { address as cellAddress } from "../../src/sheet/layout";

export interface ExistingCell {
  value?: unknown;
  formula?: string;
}

type Matrix = unknown[][];

/**
 * Excel on the web refuses a request whose payload passes 5 MB ("Resource limits and performance
 * optimization for Office Add-ins", Microsoft: "Excel on the web has a payload size limit for
 * requests and responses of 5 MB", RequestPayloadSizeLimitExceeded): the values and formats a
 * batch sets count until its sync.
 */
export const REQUEST_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Bytes the batch in progress has set, as JSON; the largest batch synced so far. */
export const payload = { queued: 0, largest: 0 };

export class StandInRange {
  /** What the writer set, by property. */
  readonly wrote: { values?: Matrix; formulas?: Matrix; numberFormat?: Matrix } = {};
  /** The properties the writer set, in the order it set them. */
  readonly order: string[] = [];
  readonly format: { font: Record<string, unknown>; fill: Record<string, unknown>; columnWidth?: number } = {
    font: {},
    fill: {},
  };
  readonly colourScales: { type: string; colorScale: { criteria?: unknown } }[] = [];
  readonly conditionalFormats = {
    add: (type: string) => {
      const format = { type, colorScale: {} };
      this.colourScales.push(format);
      return format;
    },
  };
  private readonly before: { values: Matrix; formulas: Matrix } = { values: [], formulas: [] };

  constructor(
    readonly address: string,
    existing: Map<string, ExistingCell>,
  ) {
    const match = /^([A-Z]+\d+)(?::([A-Z]+\d+))?$/.exec(address);
    if (!match) return;
    const from = parseAddress(match[1]);
    const to = parseAddress(match[2] ?? match[1]);
    for (let row = from.row; row <= to.row; row++) {
      const cells = Array.from({ length: to.column - from.column + 1 }, (_, c) =>
        existing.get(cellAddress(row, from.column + c)),
      );
      this.before.values.push(cells.map((cell) => cell?.value ?? ""));
      this.before.formulas.push(cells.map((cell) => cell?.formula ?? cell?.value ?? ""));
    }
  }

  get values(): Matrix {
    return this.wrote.values ?? this.before.values;
  }
  set values(values: Matrix) {
    payload.queued += Buffer.byteLength(JSON.stringify(values));
    this.order.push("values");
    this.wrote.values = values;
  }
  get formulas(): Matrix {
    return this.wrote.formulas ?? this.before.formulas;
  }
  set formulas(formulas: Matrix) {
    this.wrote.formulas = formulas;
  }
  get numberFormat(): Matrix | undefined {
    return this.wrote.numberFormat;
  }
  set numberFormat(formats: Matrix | undefined) {
    payload.queued += Buffer.byteLength(JSON.stringify(formats ?? null));
    this.order.push("numberFormat");
    this.wrote.numberFormat = formats;
  }

  selected = false;
  /** What clear() was asked to clear, if anything. */
  clearedWith?: string;

  load(): void {}

  clear(applyTo = "All"): void {
    this.clearedWith = applyTo;
  }

  select(): void {
    this.selected = true;
  }
}

export interface StandInChart {
  type: string;
  source: string;
  seriesBy: string;
  /** The title's words, and the cell formula it reads (ChartTitle.setFormula, ExcelApi 1.7). */
  title: { text?: string; formula?: string };
  legend: { position?: string };
  position?: [string, string];
  xValues: string[];
  categoryAxis?: { reversePlotOrder?: boolean };
}

export class StandInSheet {
  readonly ranges: StandInRange[] = [];
  readonly chartsAdded: StandInChart[] = [];
  activated = false;
  deleted = false;
  readonly charts = {
    add: (type: string, source: StandInRange, seriesBy: string) => {
      const chart: StandInChart = { type, source: source.address, seriesBy, title: {}, legend: {}, xValues: [] };
      this.chartsAdded.push(chart);
      return {
        title: {
          set text(text: string) {
            chart.title.text = text;
          },
          setFormula: (formula: string) => (chart.title.formula = formula),
        },
        legend: chart.legend,
        axes: {
          get categoryAxis() {
            chart.categoryAxis ??= {};
            return chart.categoryAxis;
          },
        },
        setPosition: (topLeft: string, bottomRight: string) => (chart.position = [topLeft, bottomRight]),
        series: {
          getItemAt: (index: number) => ({
            setXAxisValues: (range: StandInRange) => (chart.xValues[index] = range.address),
          }),
        },
      };
    },
  };

  constructor(
    readonly name: string,
    readonly existing = new Map<string, ExistingCell>(),
  ) {}

  getRange(a1: string): StandInRange {
    const range = new StandInRange(a1, this.existing);
    this.ranges.push(range);
    return range;
  }

  activate(): void {
    this.activated = true;
  }

  delete(): void {
    this.deleted = true;
  }

  /** The last range the writer wrote to at an address. */
  range(a1: string): StandInRange {
    const found = [...this.written()].reverse().find((range) => range.address === a1);
    if (!found) throw new Error(`the writer never took range ${a1}`);
    return found;
  }

  /** Ranges the writer set values, formulas, formats or styles on. */
  written(): StandInRange[] {
    return this.ranges.filter(
      (range) =>
        Object.keys(range.wrote).length > 0 ||
        Object.keys(range.format.font).length > 0 ||
        Object.keys(range.format.fill).length > 0 ||
        range.format.columnWidth !== undefined ||
        range.colourScales.length > 0,
    );
  }
}

/**
 * Installs a global Excel with the given sheet names, active sheet and selected cell. With
 * failSyncs, those context.sync calls (1-based, counted over every Excel.run) reject as Excel's
 * do when a queued write fails: Excel keeps what the batch had done before it (Microsoft's
 * "Error handling with the application-specific JavaScript APIs": no rollback of a batch).
 */
export function installExcel(options: {
  sheetNames?: string[];
  active?: StandInSheet;
  selection?: { row: number; column: number };
  failSyncs?: number[];
}) {
  const added: StandInSheet[] = [];
  // The sets this stand-in offers: charts' axes of ExcelApi 1.7, which Excel on the web and
  // current desktop builds support.
  Object.assign(globalThis, {
    Office: {
      context: {
        requirements: {
          isSetSupported: (set: string, version: string) => set === "ExcelApi" && Number(version) <= 1.7,
        },
      },
    },
  });
  const names = options.sheetNames ?? ["Sheet1"];
  const active = options.active ?? new StandInSheet("Sheet1");
  const selection = options.selection ?? { row: 0, column: 0 };
  let syncs = 0;
  payload.queued = 0;
  payload.largest = 0;
  const data = {
    context: {
      workbook: {
        worksheets: {
          getItemOrNullObject: (name: string) => {
            const sheet = added.find((candidate) => candidate.name === name && !candidate.deleted);
            return {
              isNullObject: !names.includes(name) && !sheet,
              load: () => undefined,
              delete: () => sheet?.delete(),
            };
          },
          add: (name: string) => {
            const sheet = new StandInSheet(name);
            added.push(sheet);
            return sheet;
          },
          getActiveWorksheet: () => active,
        },
        getSelectedRange: () => ({ rowIndex: selection.row, columnIndex: selection.column, load: () => undefined }),
      },
      sync: async () => {
        syncs += 1;
        const bytes = payload.queued;
        payload.queued = 0;
        payload.largest = Math.max(payload.largest, bytes);
        if (bytes > REQUEST_PAYLOAD_LIMIT) {
          throw new Error("RequestPayloadSizeLimitExceeded: The request payload size has exceeded the limit.");
        }
        if (options.failSyncs?.includes(syncs)) throw new Error("InvalidArgument: The argument is invalid or missing.");
      },
    },
    run: async function (callback: (context: unknown) => Promise<unknown>) {
      return callback((this as unknown as { context: unknown }).context);
    },
  };
  (globalThis as unknown as { Excel: unknown }).Excel = new OfficeMockObject(data);
  return { added, active };
}
