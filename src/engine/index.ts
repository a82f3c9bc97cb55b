/** The cost engine: every formula of the product, pure TypeScript with no Office, DOM or I/O. */
export * from "./assumptions";
export * from "./breakEven";
export * from "./calendar";
export * from "./compare";
export * from "./compareRisk";
export * from "./decision";
export * from "./discounting";
export * from "./lifecycle";
export * from "./models";
export * from "./priceCatalogue";
export * from "./recommend";
export * from "./requestCost";
export * from "./risk";
export * from "./savings";
export * from "./switchValues";
export * from "./tco";
export * from "./gpu";
