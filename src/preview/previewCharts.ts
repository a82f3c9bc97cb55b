/**
 * The preview's charts, drawn with Chart.js from the cells' current values: the cumulative cost
 * as lines over a numeric month axis and the tornado as horizontal bars, as Excel draws the
 * written model's charts, each titled from its cell where it has one.
 * Each chart is kept between renders and updated in place; a table of the same figures, hidden
 * from sight, is what a screen reader reads.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
  type ChartConfiguration,
} from "chart.js";
import { formatCell } from "../sheet/numberFormat";
import { element } from "../taskpane/dom";
import type { PlannedChart } from "../sheet/layout";
import { parseAddress } from "./hyperformulaSheet";

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
);

const SERIES_COLOURS = ["#0f6cbd", "#c50f1f", "#107c10"];

/** A chart's figures as the cells hold them now: its title, the x values or categories, and one series of values per name. */
export interface ChartData {
  title: string;
  labels: string[];
  /** The months of an XY chart, as numbers (null where the cell holds none). */
  xs: (number | null)[];
  series: { name: string; values: (number | null)[] }[];
}

const numeric = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);

/** The planned chart's figures, read through a cell reader (a non-number, such as #N/A, is a gap). */
function chartData(chart: PlannedChart, read: (row: number, column: number) => unknown): ChartData {
  const [first, last] = chart.seriesRange.split(":").map(parseAddress);
  const [categoryFirst] = chart.categoryRange.split(":").map(parseAddress);
  const labels: string[] = [];
  const xs: (number | null)[] = [];
  for (let r = first.row + 1; r <= last.row; r++) {
    const category = read(categoryFirst.row + (r - first.row - 1), categoryFirst.column);
    labels.push(String(category ?? ""));
    xs.push(numeric(category));
  }
  const series = chart.seriesNames.map((name, index) => {
    const values: (number | null)[] = [];
    for (let r = first.row + 1; r <= last.row; r++) values.push(numeric(read(r, first.column + index)));
    return { name, values };
  });
  const titled = chart.titleCell ? parseAddress(chart.titleCell.replace(/\$/g, "")) : undefined;
  const title = titled ? read(titled.row, titled.column) : undefined;
  return { title: typeof title === "string" && title !== "" ? title : chart.title, labels, xs, series };
}

const money = (value: number | string): string => formatCell(Number(value), "$#,##0");

function configuration(chart: PlannedChart, data: ChartData): ChartConfiguration<"scatter" | "bar"> {
  const bar = chart.kind === "bar";
  const datasets = data.series.map((line, index) => ({
    label: line.name,
    borderColor: SERIES_COLOURS[index],
    backgroundColor: SERIES_COLOURS[index],
    borderWidth: 2,
    pointRadius: 0,
  }));
  if (bar) {
    return {
      type: "bar",
      data: {
        labels: data.labels,
        datasets: datasets.map((set, index) => ({ ...set, data: data.series[index].values })),
      },
      options: {
        // Bars across for the tornado, as Excel's clustered bar chart draws them.
        indexAxis: "y",
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { position: "bottom" } },
        scales: { x: { ticks: { callback: money } } },
      },
    };
  }
  // A point without a month or a value is left out, as Excel leaves out a blank or #N/A point.
  const points = (values: (number | null)[]) =>
    values.flatMap((y, k) => {
      const x = data.xs[k];
      return x === null || y === null ? [] : [{ x, y }];
    });
  const months = data.xs.filter((x): x is number => x !== null);
  return {
    type: "scatter",
    data: {
      datasets: datasets.map((set, index) => ({ ...set, data: points(data.series[index].values), showLine: true })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { position: "bottom" } },
      scales: {
        x: {
          type: "linear",
          min: 0,
          ...(months.length > 0 ? { max: Math.max(...months) } : {}),
          title: { display: true, text: `Month (0 to ${months.length > 0 ? Math.max(...months) : 0})` },
        },
        y: { beginAtZero: true, ticks: { callback: money } },
      },
    },
  };
}

/** A table of the chart's figures for screen readers, in the order the chart shows them. */
function dataTable(chart: PlannedChart, data: ChartData): HTMLTableElement {
  const table = element("table", { class: "visually-hidden chart-data" });
  table.append(element("caption", {}, data.title));
  const head = element("tr");
  head.append(element("th", { scope: "col" }, chart.kind === "bar" ? "Input" : "Month"));
  for (const line of data.series) head.append(element("th", { scope: "col" }, line.name));
  const body = element("tbody");
  // A month a short horizon repeats is one point of the chart, and one row of its table.
  const seen = new Set<string>();
  data.labels.forEach((label, row) => {
    if (chart.kind === "scatter" && seen.has(label)) return;
    seen.add(label);
    const tr = element("tr");
    tr.append(element("th", { scope: "row" }, label));
    for (const line of data.series) {
      const value = line.values[row];
      tr.append(element("td", {}, value === null ? "" : money(value)));
    }
    body.append(tr);
  });
  const thead = element("thead");
  thead.append(head);
  table.append(thead, body);
  return table;
}

/** The charts of the sheet shown, kept by their title so that a render updates them in place. */
export class PreviewCharts {
  private readonly drawn = new Map<string, { figure: HTMLElement; chart: Chart<"scatter" | "bar"> }>();

  constructor(private readonly root: HTMLElement) {}

  /** Draws these charts from the cells' current values; charts no longer planned are removed. */
  render(charts: readonly PlannedChart[], read: (row: number, column: number) => unknown): void {
    const keys = new Set(charts.map((chart) => `${chart.kind}:${chart.seriesRange}`));
    for (const [key, drawn] of this.drawn) {
      if (keys.has(key)) continue;
      drawn.chart.destroy();
      this.drawn.delete(key);
    }
    const figures = charts.map((planned) => {
      const key = `${planned.kind}:${planned.seriesRange}`;
      const data = chartData(planned, read);
      const drawn = this.drawn.get(key);
      if (drawn) {
        const next = configuration(planned, data);
        drawn.chart.data = next.data;
        drawn.chart.options = next.options ?? {};
        drawn.chart.update("none");
        drawn.figure.querySelector("figcaption")?.replaceChildren(data.title);
        drawn.figure.querySelector("canvas")?.setAttribute("aria-label", data.title);
        drawn.figure.querySelector("table.chart-data")?.replaceWith(dataTable(planned, data));
        return drawn.figure;
      }
      const figure = element("figure", { class: `chart chart-${planned.kind}` });
      const frame = element("div", { class: "chart-frame" });
      const canvas = element("canvas", { role: "img", "aria-label": data.title });
      frame.append(canvas);
      figure.append(element("figcaption", {}, data.title), frame, dataTable(planned, data));
      // Chart.js sizes the chart to its frame, which must be in the page first.
      this.root.append(figure);
      this.drawn.set(key, { figure, chart: new Chart(canvas, configuration(planned, data)) });
      return figure;
    });
    this.root.replaceChildren(...figures);
  }
}
