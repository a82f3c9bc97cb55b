// Writes functions.json, Excel's custom functions metadata, from the function declarations
// (src/functions/declarations.ts through src/functions/metadata.ts), on every compilation.
const { requireSource } = require("../ts-require");

class FunctionsMetadataPlugin {
  constructor(options = {}) {
    this.filename = options.filename ?? "functions.json";
  }

  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap(FunctionsMetadataPlugin.name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: FunctionsMetadataPlugin.name, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const { DECLARATIONS } = requireSource("functions/declarations.ts");
          const { buildMetadata } = requireSource("functions/metadata.ts");
          const json = `${JSON.stringify(buildMetadata(DECLARATIONS), null, 2)}\n`;
          compilation.emitAsset(this.filename, new RawSource(json));
        },
      );
    });
  }
}

module.exports = { FunctionsMetadataPlugin };
