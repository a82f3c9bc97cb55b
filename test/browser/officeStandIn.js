// Served in place of office.js when the task pane runs in a plain browser: a small stand-in for
// Office, Excel and CustomFunctions (only Excel has the real ones). It records what the writer
// asks of the workbook in window.__workbook. Cells already in use on the active sheet come from
// window.__existingCells (address -> value), set by the test before the page loads.
(() => {
  const existing = window.__existingCells || {};
  const workbook = { names: ["Sheet1"], sheets: [], selection: window.__selection || { row: 0, column: 0 } };
  window.__workbook = workbook;

  const letters = (index) => {
    let name = "";
    for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    return name;
  };
  const parse = (a1) => {
    const match = /^([A-Z]+)(\d+)$/.exec(a1);
    const column = [...match[1]].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
    return { row: Number(match[2]) - 1, column };
  };

  function makeSheet(name, cells) {
    const sheet = { name, ranges: [], charts: [], activated: false };
    sheet.getRange = (address) => {
      const range = { address, format: { font: {}, fill: {} }, load() {}, select() {} };
      range.conditionalFormats = {
        add(type) {
          const format = { type, colorScale: {} };
          range.conditionalFormat = format;
          return format;
        },
      };
      // What the writer sets goes to range.wrote; reads before a write see the cells in use.
      const before = [];
      const match = /^([A-Z]+\d+)(?::([A-Z]+\d+))?$/.exec(address);
      if (match) {
        const from = parse(match[1]);
        const to = parse(match[2] || match[1]);
        for (let r = from.row; r <= to.row; r++) {
          const row = [];
          for (let c = from.column; c <= to.column; c++) row.push(cells[letters(c) + (r + 1)] ?? "");
          before.push(row);
        }
      }
      range.wrote = {};
      for (const property of ["values", "formulas", "numberFormat"]) {
        Object.defineProperty(range, property, {
          get: () => range.wrote[property] ?? (property === "numberFormat" ? undefined : before),
          set: (value) => {
            range.wrote[property] = value;
          },
        });
      }
      sheet.ranges.push(range);
      return range;
    };
    sheet.charts.add = (type, source, seriesBy) => {
      const chart = { type, source: source.address, seriesBy, title: {}, legend: {}, xValues: [] };
      sheet.charts.push(chart);
      return {
        title: {
          set text(text) {
            chart.title.text = text;
          },
          // ChartTitle.setFormula (ExcelApi 1.7): the title reads a cell.
          setFormula: (formula) => (chart.title.formula = formula),
        },
        legend: chart.legend,
        axes: { categoryAxis: (chart.categoryAxis = {}) },
        setPosition: (topLeft, bottomRight) => (chart.position = [topLeft, bottomRight]),
        series: { getItemAt: (index) => ({ setXAxisValues: (range) => (chart.xValues[index] = range.address) }) },
      };
    };
    sheet.activate = () => (sheet.activated = true);
    return sheet;
  }

  const active = makeSheet("Sheet1", existing);
  workbook.sheets.push(active);
  const context = {
    workbook: {
      worksheets: {
        getItemOrNullObject: (name) => ({ isNullObject: !workbook.names.includes(name), load() {} }),
        add: (name) => {
          workbook.names.push(name);
          const sheet = makeSheet(name, {});
          workbook.sheets.push(sheet);
          return sheet;
        },
        getActiveWorksheet: () => active,
      },
      getSelectedRange: () => ({ rowIndex: workbook.selection.row, columnIndex: workbook.selection.column, load() {} }),
    },
    sync: () => Promise.resolve(),
  };

  window.Office = {
    HostType: { Excel: "Excel" },
    // Excel on the web supports later sets too; this stand-in offers what it stands in for, charts'
    // axes of ExcelApi 1.7, and no Application (1.11), so the functions read numbers the en-US way.
    context: {
      requirements: { isSetSupported: (set, version) => set === "ExcelApi" && Number(version) <= 1.7 },
    },
    onReady(callback) {
      const info = { host: "Excel", platform: "OfficeOnline" };
      if (callback) setTimeout(() => callback(info), 0);
      return Promise.resolve(info);
    },
  };
  window.Excel = { run: (callback) => callback(context) };
})();
