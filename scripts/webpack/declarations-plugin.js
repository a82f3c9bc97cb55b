// Writes what Excel and the analyst read about the functions, from the function declarations
// (src/functions/declarations.ts), on every compilation: functions.json, Excel's custom functions
// metadata (src/functions/generators/metadata.ts), and help.html, the help page its helpUrls and the
// manifest's SupportUrl open (src/functions/generators/helpPage.ts).
const { requireSource } = require("../ts-require");

class DeclarationsPlugin {
  /** `base`: the address dist/ is served from, ending with a slash; `version`: the add-in's. */
  constructor({ base, version }) {
    this.base = base;
    this.version = version;
  }

  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap(DeclarationsPlugin.name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: DeclarationsPlugin.name, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const { DECLARATIONS } = requireSource("functions/declarations.ts");
          const { buildMetadata } = requireSource("functions/generators/metadata.ts");
          const { buildHelpPage, HELP_PAGE } = requireSource("functions/generators/helpPage.ts");
          const json = `${JSON.stringify(buildMetadata(DECLARATIONS, this.base), null, 2)}\n`;
          compilation.emitAsset("functions.json", new RawSource(json));
          compilation.emitAsset(HELP_PAGE, new RawSource(buildHelpPage(DECLARATIONS, this.version)));
        },
      );
    });
  }
}

module.exports = { DeclarationsPlugin };
