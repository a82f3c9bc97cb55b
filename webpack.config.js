// Builds the add-in into dist/: functions.js (standalone, no DOM), functions.json (generated from
// the JSDoc), taskpane.html with taskpane.js, manifest.xml and the icons.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { httpsOptions } = require("./scripts/dev-certs");

const port = Number(process.env.npm_package_config_dev_server_port || 3000);

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const https = dev ? httpsOptions() : undefined;
  // The local workbook preview bundles HyperFormula (GPL v3): built only on request (npm start
  // where Excel does not run, the tests), never into what Excel loads.
  const preview = Boolean(env.preview);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
      ...(preview ? { preview: "./src/preview/preview.ts" } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
      // Always write, so a file's date tells whether the build is newer than the sources.
      compareBeforeEmit: false,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: require("./scripts/webpack/no-code-generation-loader").FILES,
          use: { loader: path.resolve(__dirname, "scripts/webpack/no-code-generation-loader.js") },
        },
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { onlyCompileBundledFiles: true, compilerOptions: { noEmit: false, sourceMap: dev } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: "functions.json",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "blocking",
        inject: "body",
      }),
      ...(preview
        ? [
            new HtmlWebpackPlugin({
              filename: "preview.html",
              template: "./src/preview/preview.html",
              chunks: ["preview"],
              scriptLoading: "defer",
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "manifest.xml", to: "manifest.xml" },
          ...(preview ? [{ from: "src/preview/preview.css", to: "preview.css" }] : []),
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      port,
    },
  };
};
