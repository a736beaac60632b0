// Builds functions.nl.json (Dutch names) from the generated functions.json and src/functions/translations.ts.
// Used by the webpack plugin below and by tests/functions/metadata.test.ts.
"use strict";

const fs = require("fs");
const path = require("path");
const Module = require("module");

/** Loads the DUTCH table from a self-contained TypeScript file (no imports) without ts-node. */
function loadTranslations(file) {
  const ts = require("typescript");
  const source = fs.readFileSync(file, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    fileName: file,
  });
  const loaded = new Module(file);
  loaded.filename = file;
  loaded._compile(outputText, file);
  if (!loaded.exports.DUTCH) throw new Error(`${file} exporteert geen DUTCH`);
  return loaded.exports.DUTCH;
}

/** Returns { metadata, errors }: a copy of `english` with Dutch name/description per function and parameter. */
function buildDutchMetadata(english, dutch) {
  const errors = [];
  const functions = english.functions.map((fn) => {
    const text = dutch[fn.id];
    if (!text) {
      errors.push(`functie ${fn.id}: geen Nederlandse vertaling in translations.ts`);
      return fn;
    }
    if (!text.name || !text.description) errors.push(`functie ${fn.id}: Nederlandse naam of omschrijving ontbreekt`);
    const parameters = (fn.parameters || []).map((parameter) => {
      const dutchParameter = text.parameters && text.parameters[parameter.name];
      if (!dutchParameter || !dutchParameter.description) {
        errors.push(`functie ${fn.id}: parameter ${parameter.name} heeft geen Nederlandse omschrijving`);
        return parameter;
      }
      return { ...parameter, name: dutchParameter.name || parameter.name, description: dutchParameter.description };
    });
    const known = new Set((fn.parameters || []).map((parameter) => parameter.name));
    for (const name of Object.keys(text.parameters || {})) {
      if (!known.has(name)) errors.push(`functie ${fn.id}: vertaling voor onbekende parameter ${name}`);
    }
    return { ...fn, name: text.name, description: text.description, parameters };
  });
  const ids = new Set(english.functions.map((fn) => fn.id));
  for (const id of Object.keys(dutch)) {
    if (!ids.has(id)) errors.push(`vertaling voor onbekende functie ${id}`);
  }
  return { metadata: { ...english, functions }, errors };
}

/** Webpack plugin: emits `output` next to the English metadata asset; translation gaps are build errors. */
class DutchMetadataPlugin {
  constructor({ input = "functions.json", output = "functions.nl.json", translations }) {
    this.input = input;
    this.output = output;
    this.translations = path.resolve(translations);
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("DutchMetadataPlugin", (compilation) => {
      compilation.fileDependencies.add(this.translations);
      compilation.hooks.processAssets.tap(
        { name: "DutchMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(this.input);
          if (!asset) return; // the metadata plugin has already reported why
          try {
            const english = JSON.parse(asset.source.source().toString());
            const { metadata, errors } = buildDutchMetadata(english, loadTranslations(this.translations));
            errors.forEach((error) => compilation.errors.push(new WebpackError(`translations.ts: ${error}`)));
            if (errors.length === 0) {
              compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(metadata, null, 2)));
            }
          } catch (error) {
            compilation.errors.push(new WebpackError(`functions.nl.json: ${error.message}`));
          }
        },
      );
    });
  }
}

module.exports = { loadTranslations, buildDutchMetadata, DutchMetadataPlugin };
