// Builds the add-in into dist/: functions.js (standalone, no DOM), functions.json and help.html
// (written from the function declarations), taskpane.html with taskpane.js, manifest.xml and the
// icons. With --env preview it also builds the local workbook preview into dist/preview/, as a
// separate compilation: the preview bundles HyperFormula (GPL v3) and must not change a byte of
// what Excel loads.
//
// With --env host=https://addins.contoso.example/aicost/ it builds for that address: the manifest,
// the functions' help addresses and AppDomain name it instead of https://localhost:3000/, and a
// host that is not https, not a URL, this machine or not a folder is refused. --env out=DIR writes
// somewhere other than dist/ (the tests build there).
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const Minimizer = require("minimizer-webpack-plugin");
const { DeclarationsPlugin } = require("./scripts/webpack/declarations-plugin");
const { DEV_BASE, HostError, deployBase, manifestFor } = require("./scripts/webpack/deploy-host");
const { stripDocs } = require("./scripts/webpack/strip-docs");
const { httpsOptions } = require("./scripts/dev-certs");

const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const { version } = require("./package.json");

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

/**
 * functions.js is minified twice, by terser (as webpack does by default) and then by swc's
 * minifier, whose compressor finds what terser's leaves (about 400 bytes of the gzip budget in
 * bench/budgets.ts). Both run on every production build; the tests run the result, and
 * test/build/bundleParity.test.ts holds every function's cells to the source's. What the options
 * assume holds for this code: no property read has a side effect (pure_getters: no getters), the
 * bundle is strict code with nothing global of its own (module), and no function expression is
 * called with `new` or reads `this` or `arguments` (unsafe_arrows writes them as arrows).
 */
function functionsMinimizer() {
  return new Minimizer({
    minify: [Minimizer.terserMinify, Minimizer.swcMinify],
    minimizerOptions: [
      { compress: { passes: 2, pure_getters: true }, mangle: true, ecma: 2020, module: true },
      { compress: { passes: 3, unsafe_arrows: true }, mangle: true },
    ],
    extractComments: false,
  });
}

/** functions.js and functions.json: what Excel loads to compute AICOST formulas; and help.html. */
function functions(dev, { out, deploy }) {
  return {
    name: "functions",
    devtool: dev ? "source-map" : false,
    entry: { functions: "./src/functions/functions.ts" },
    output: { path: out, filename: "[name].js", clean: false, compareBeforeEmit: false },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: rules(dev, true) },
    performance: { hints: false },
    optimization: { minimizer: [functionsMinimizer()] },
    plugins: [new DeclarationsPlugin({ base: deploy?.base ?? DEV_BASE, version })],
  };
}

/** The task pane page, which loads functions.js first (one shared runtime), the manifest and the icons. */
function addin(dev, https, { out, deploy }) {
  return {
    name: "add-in",
    devtool: dev ? "source-map" : false,
    entry: { taskpane: "./src/taskpane/taskpane.ts" },
    output: {
      path: out,
      filename: "[name].js",
      // The functions compilation writes beside this one, and the preview's into preview/. A build
      // for a host leaves no preview behind: what is deployed is the add-in alone.
      clean: { keep: deploy ? /^(functions\.|help\.html$)/ : /^(preview[\\/]|functions\.|help\.html$)/ },
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
          // The development manifest, or the one for the host; its Version is package.json's.
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => manifestFor(content.toString("utf8"), { ...deploy, version }),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: out },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      port,
    },
  };
}

function preview({ out }) {
  return {
    name: "preview",
    devtool: false,
    entry: { preview: "./src/preview/preview.ts" },
    output: { path: path.join(out, "preview"), filename: "[name].js", clean: true, compareBeforeEmit: false },
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

/** Stops the build before anything is written, with the reason in one line. */
function refuse(reason) {
  console.error(`Cannot build: ${reason}`);
  process.exit(1);
}

/**
 * Where to write and for which address, from --env host and --env out; each refusal comes here,
 * before webpack writes or cleans anything.
 */
function targetOf(env) {
  const out = path.resolve(__dirname, env.out ?? "dist");
  let deploy;
  try {
    // `--env host` with no value, or `--env host=`, is a host left out, not the development build.
    deploy = "host" in env ? deployBase(typeof env.host === "string" ? env.host : "") : undefined;
    // The manifest as it will be written: a version it cannot state is refused now, not mid-build.
    manifestFor(fs.readFileSync(path.join(__dirname, "manifest.xml"), "utf8"), { ...deploy, version });
  } catch (error) {
    if (!(error instanceof HostError)) throw error;
    refuse(error.message);
  }
  if (deploy && env.preview) {
    refuse("the local preview (--env preview) bundles HyperFormula and is not deployed: build for a host without it.");
  }
  // Webpack empties the folder it writes: refuse one that holds something other than a build.
  const entries = fs.existsSync(out) ? fs.readdirSync(out) : [];
  if (entries.length > 0 && !entries.includes("manifest.xml")) {
    refuse(
      `${out} holds files that are not a build of this add-in, and the build empties it: give a new or empty folder.`,
    );
  }
  return { out, deploy };
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const https = dev ? httpsOptions() : undefined;
  const target = targetOf(env);
  if (!dev && !target.deploy && !env.preview) {
    console.log(
      "Building dist/ for https://localhost:3000/ (the development build). For the team's server: npm run build -- --env host=https://…/",
    );
  }
  const builds = [addin(dev, https, target), functions(dev, target)];
  return env.preview ? [...builds, preview(target)] : builds;
};
