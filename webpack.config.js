// Builds the add-in into dist/: one page (taskpane.html) loading the taskpane, functions and commands
// bundles for the shared runtime, the custom-function metadata in English and Dutch, icons and the manifest.
"use strict";

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { DutchMetadataPlugin } = require("./scripts/dutch-metadata");
const { MetadataOptionsPlugin } = require("./scripts/metadata-options");
const { baseUrlOrExit, rewriteManifestUrls } = require("./scripts/manifest-url");
const { config: packageConfig } = require("./package.json");

module.exports = async (env, options) => {
  const production = options.mode === "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const baseUrl = production ? baseUrlOrExit() : null;

  return {
    mode: production ? "production" : "development",
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Parts of the pane loaded on first use; the hash keeps a new deploy from mixing with cached old chunks.
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    // office.js comes from the CDN <script> in taskpane.html and must never be bundled.
    externals: { "office-js": "Office" },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new DutchMetadataPlugin({
        input: "functions.json",
        output: "functions.nl.json",
        translations: "./src/functions/translations.ts",
      }),
      new MetadataOptionsPlugin({ assets: ["functions.json", "functions.nl.json"] }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions", "commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (baseUrl ? rewriteManifestUrls(content.toString(), baseUrl) : content),
          },
        ],
      }),
    ],
    // webpack's hints count raw bytes; our budget is 250 KB of initial JS gzipped, measured by `npm run bench`.
    performance: { hints: false },
    stats: { preset: "minimal", errorDetails: true },
    devServer: serving
      ? {
          port: Number(process.env.npm_package_config_dev_server_port || packageConfig.dev_server_port || 3000),
          // Only `webpack serve` needs certificates; a production build never touches them.
          server: { type: "https", options: await require("./scripts/dev-certs").devServerHttpsOptions() },
          headers: { "Access-Control-Allow-Origin": "*" },
          hot: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};
