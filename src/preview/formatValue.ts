/**
 * Shows a cell value under the number formats the add-in writes, as Excel would display them
 * (en-US): "$#,##0", "$#,##0.00", "$#,##0.0000", "#,##0", "0.0", "0.0000", "@" and "General".
 */

/** Excel's General format: up to 11 characters, integers in full. */
function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  for (let digits = 10; digits > 1; digits--) {
    const text = String(Number(value.toPrecision(digits)));
    if (text.length <= 11) return text;
  }
  return value.toExponential(4);
}

export function formatValue(value: number | string | boolean | null, numberFormat = "General"): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const match = /^(\$?)(#,##)?0(?:\.(0+))?$/.exec(numberFormat);
  if (!match) return general(value);
  const [, currency, grouped, decimals] = match;
  const digits = decimals?.length ?? 0;
  const text = new Intl.NumberFormat("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: Boolean(grouped),
  }).format(Math.abs(value));
  const sign = value < 0 && Number(text.replace(/,/g, "")) !== 0 ? "-" : "";
  return `${sign}${currency}${text}`;
}
