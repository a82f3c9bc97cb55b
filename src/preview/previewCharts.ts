/**
 * The preview's charts, drawn with Chart.js from the cells' current values: the cumulative cost
 * as a line chart and the tornado as horizontal bars, as Excel draws the written model's charts.
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
  LineController,
  LineElement,
  PointElement,
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
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

const SERIES_COLOURS = ["#0f6cbd", "#c50f1f", "#107c10"];

/** A chart's figures as the cells hold them now: category labels, and one series of values per name. */
export interface ChartData {
  labels: string[];
  series: { name: string; values: (number | null)[] }[];
}

/** The planned chart's figures, read through a cell reader (a non-number, such as #N/A, is a gap). */
function chartData(chart: PlannedChart, read: (row: number, column: number) => unknown): ChartData {
  const [first, last] = chart.seriesRange.split(":").map(parseAddress);
  const [categoryFirst] = chart.categoryRange.split(":").map(parseAddress);
  const labels: string[] = [];
  for (let r = first.row + 1; r <= last.row; r++) {
    labels.push(String(read(categoryFirst.row + (r - first.row - 1), categoryFirst.column) ?? ""));
  }
  const series = chart.seriesNames.map((name, index) => {
    const values: (number | null)[] = [];
    for (let r = first.row + 1; r <= last.row; r++) {
      const value = read(r, first.column + index);
      values.push(typeof value === "number" && Number.isFinite(value) ? value : null);
    }
    return { name, values };
  });
  return { labels, series };
}

const money = (value: number | string): string => formatCell(Number(value), "$#,##0");

function configuration(chart: PlannedChart, data: ChartData): ChartConfiguration<"line" | "bar"> {
  const bar = chart.kind === "bar";
  return {
    type: bar ? "bar" : "line",
    data: {
      labels: data.labels,
      datasets: data.series.map((line, index) => ({
        label: line.name,
        data: line.values,
        borderColor: SERIES_COLOURS[index],
        backgroundColor: SERIES_COLOURS[index],
        borderWidth: 2,
        pointRadius: 0,
      })),
    },
    options: {
      // Bars across for the tornado, as Excel's clustered bar chart draws them.
      indexAxis: bar ? "y" : "x",
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { position: "bottom" } },
      scales: bar
        ? { x: { ticks: { callback: money } } }
        : {
            x: { title: { display: true, text: `Month (0 to ${data.labels.length - 1})` } },
            y: { beginAtZero: true, ticks: { callback: money } },
          },
    },
  };
}

/** A table of the chart's figures for screen readers, in the order the chart shows them. */
function dataTable(chart: PlannedChart, data: ChartData): HTMLTableElement {
  const table = element("table", { class: "visually-hidden chart-data" });
  table.append(element("caption", {}, chart.title));
  const head = element("tr");
  head.append(element("th", { scope: "col" }, chart.kind === "bar" ? "Input" : "Month"));
  for (const line of data.series) head.append(element("th", { scope: "col" }, line.name));
  const body = element("tbody");
  data.labels.forEach((label, row) => {
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
  private readonly drawn = new Map<string, { figure: HTMLElement; chart: Chart<"line" | "bar"> }>();

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
        drawn.chart.data = configuration(planned, data).data;
        drawn.chart.update("none");
        drawn.figure.querySelector("table.chart-data")?.replaceWith(dataTable(planned, data));
        return drawn.figure;
      }
      const figure = element("figure", { class: `chart chart-${planned.kind}` });
      const frame = element("div", { class: "chart-frame" });
      const canvas = element("canvas", { role: "img", "aria-label": planned.title });
      frame.append(canvas);
      figure.append(element("figcaption", {}, planned.title), frame, dataTable(planned, data));
      // Chart.js sizes the chart to its frame, which must be in the page first.
      this.root.append(figure);
      this.drawn.set(key, { figure, chart: new Chart(canvas, configuration(planned, data)) });
      return figure;
    });
    this.root.replaceChildren(...figures);
  }
}
