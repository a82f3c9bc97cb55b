// Bundles the benchmark for Node the way the add-in is bundled for Excel (webpack, production,
// modules concatenated), so the engine is measured as it ships; packages stay external.
const path = require("path");

module.exports = {
  mode: "production",
  target: "node20",
  entry: path.join(__dirname, "bench.ts"),
  output: { path: path.join(__dirname, ".build"), filename: "bench.js", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true, compilerOptions: { noEmit: false } } },
      },
    ],
  },
  externals: [({ request }, callback) => (/^[^./]/.test(request) ? callback(null, `commonjs ${request}`) : callback())],
  optimization: { minimize: false },
  performance: { hints: false },
};
