// Builds the browser-test demo into tests/browser/output/dist-demo: the real task pane behind the in-memory
// Excel host, with the main build's loaders and resolution. No office.js, no functions or commands bundles.
"use strict";

const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const mainConfig = require("../../webpack.config.js");

const root = path.resolve(__dirname, "../..");
const outputPath = path.resolve(__dirname, "output/dist-demo");

/** ts-loader reads a relative `configFile` from the entry's folder: point it at the project's tsconfig. */
function withRootTsconfig(rule) {
  const use = rule.use;
  if (!use || use.loader !== "ts-loader") return rule;
  return { ...rule, use: { ...use, options: { ...use.options, configFile: path.join(root, use.options.configFile) } } };
}

module.exports = async (env = {}, options = {}) => {
  const mode = options.mode ?? "development";
  const main = await mainConfig(env, { mode });
  return {
    mode,
    context: root,
    // Development mode keeps React's warnings, which the browser test turns into failures.
    devtool: "source-map",
    entry: { demo: "./tests/browser/demo/demoEntry.tsx" },
    output: { path: outputPath, filename: "[name].js", chunkFilename: "[name].[contenthash:8].js", publicPath: "", clean: true },
    resolve: main.resolve,
    module: { ...main.module, rules: main.module.rules.map(withRootTsconfig) },
    plugins: [new HtmlWebpackPlugin({ filename: "index.html", template: "./tests/browser/demo/demo.html", chunks: ["demo"] })],
    performance: { hints: false },
    stats: main.stats,
  };
};

module.exports.outputPath = outputPath;
