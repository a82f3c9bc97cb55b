// Builds the add-in into dist/: functions.js (standalone, no DOM), functions.json (written from
// the function declarations), taskpane.html with taskpane.js, manifest.xml and the icons. With --env preview it
// also builds the local workbook preview into dist/preview/, as a separate compilation: the
// preview bundles HyperFormula (GPL v3) and must not change a byte of what Excel loads.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { FunctionsMetadataPlugin } = require("./scripts/webpack/functions-metadata-plugin");
const { stripDocs } = require("./scripts/webpack/strip-docs");
const { httpsOptions } = require("./scripts/dev-certs");

const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const DIST = path.resolve(__dirname, "dist");

/**
 * TypeScript; the functions' documentation stays out of the bundles (it is in functions.json). The
 * functions bundle, which Excel loads before the first formula computes, also leaves out what only
 * the pane and the preview use (see scripts/webpack/strip-docs.js).
 */
function rules(dev, forFunctions = false) {
  return [
    {
      test: /\.ts$/,
      exclude: /node_modules/,
      use: {
        loader: "ts-loader",
        options: {
          onlyCompileBundledFiles: true,
          compilerOptions: { noEmit: false, sourceMap: dev },
          instance: forFunctions ? "functions" : "pane",
          getCustomTransformers: () => ({ before: [stripDocs({ forFunctions })] }),
        },
      },
    },
  ];
}

/** dist/functions.js and functions.json: what Excel loads to compute AICOST formulas. */
function functions(dev) {
  return {
    name: "functions",
    devtool: dev ? "source-map" : false,
    entry: { functions: "./src/functions/functions.ts" },
    output: { path: DIST, filename: "[name].js", clean: false, compareBeforeEmit: false },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: rules(dev, true) },
    performance: { hints: false },
    plugins: [new FunctionsMetadataPlugin({ filename: "functions.json" })],
  };
}

/** The task pane page, which loads functions.js first (one shared runtime), the manifest and the icons. */
function addin(dev, https) {
  return {
    name: "add-in",
    devtool: dev ? "source-map" : false,
    entry: { taskpane: "./src/taskpane/taskpane.ts" },
    output: {
      path: DIST,
      filename: "[name].js",
      // The functions compilation writes beside this one, and the preview's into preview/.
      clean: { keep: /^(preview[\\/]|functions\.)/ },
      // Always write, so a file's date tells whether the build is newer than the sources.
      compareBeforeEmit: false,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: rules(dev) },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "blocking",
        inject: "body",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    devServer: {
      static: { directory: DIST },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      port,
    },
  };
}

function preview() {
  return {
    name: "preview",
    devtool: false,
    entry: { preview: "./src/preview/preview.ts" },
    output: { path: path.join(DIST, "preview"), filename: "[name].js", clean: true, compareBeforeEmit: false },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: rules(false) },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-32.png", to: "icon-32.png" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/preview/preview.css", to: "preview.css" },
        ],
      }),
    ],
  };
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const https = dev ? httpsOptions() : undefined;
  return env.preview ? [addin(dev, https), functions(dev), preview()] : [addin(dev, https), functions(dev)];
};
