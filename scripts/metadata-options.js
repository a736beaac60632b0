// Sets the runtime options of the custom-function metadata that the generator cannot: error cells reach the
// functions (`allowErrorForDataTypeAny`, "only with manually created JSON metadata", excel/custom-functions-errors.md)
// and linked data types arrive as their plain value, not as objects (`allowCustomDataForDataTypeAny` off).
"use strict";

/** A copy of `metadata` with the options the functions are written for. */
function withRuntimeOptions(metadata) {
  return { ...metadata, allowErrorForDataTypeAny: true, allowCustomDataForDataTypeAny: false };
}

/** Webpack plugin: rewrites each metadata asset once the English and Dutch files exist. */
class MetadataOptionsPlugin {
  constructor({ assets }) {
    this.assets = assets;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("MetadataOptionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "MetadataOptionsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        for (const name of this.assets) {
          const asset = compilation.getAsset(name);
          if (!asset) continue; // the metadata plugins have already reported why
          try {
            const metadata = withRuntimeOptions(JSON.parse(asset.source.source().toString()));
            compilation.updateAsset(name, new sources.RawSource(JSON.stringify(metadata, null, 2)));
          } catch (error) {
            compilation.errors.push(new WebpackError(`${name}: ${error.message}`));
          }
        }
      });
    });
  }
}

module.exports = { withRuntimeOptions, MetadataOptionsPlugin };
