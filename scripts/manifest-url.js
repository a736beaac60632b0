// Rewrites the development base URL in manifest.xml to the production base (used by webpack.config.js).
"use strict";

const DEV_BASE_URL = "https://localhost:3000";

/** Checks and normalises a production base URL: https, no query or fragment, no trailing slash. */
function normaliseBaseUrl(base) {
  let url;
  try {
    url = new URL(base);
  } catch {
    throw new Error(`BM_BASE_URL is geen geldige URL: '${base}'`);
  }
  if (url.protocol !== "https:") throw new Error(`BM_BASE_URL moet met https:// beginnen: '${base}'`);
  if (url.search || url.hash) throw new Error(`BM_BASE_URL mag geen ? of # bevatten: '${base}'`);
  return url.href.replace(/\/+$/, "");
}

/** Replaces every occurrence of the development base URL; fails when the result still holds other hosts. */
function rewriteManifestUrls(xml, base) {
  const target = normaliseBaseUrl(base);
  const rewritten = xml.split(DEV_BASE_URL).join(target);
  const foreign = (rewritten.match(/(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g) || [])
    .map((attribute) => attribute.replace(/^[^"]*"|"$/g, ""))
    .filter((url) => !url.startsWith(`${target}/`));
  if (foreign.length > 0) throw new Error(`manifest bevat URL's buiten ${target}: ${foreign.join(", ")}`);
  return rewritten;
}

/** The base URL for a build: BM_BASE_URL when set, else the development base with a warning. */
function productionBaseUrl(env = process.env, warn = console.warn) {
  const base = (env.BM_BASE_URL || "").trim();
  if (base) return normaliseBaseUrl(base);
  warn(`Let op: BM_BASE_URL is niet gezet; het manifest in dist/ blijft naar ${DEV_BASE_URL} wijzen.`);
  return DEV_BASE_URL;
}

/**
 * The base URL for `npm run build`; a wrong BM_BASE_URL stops the build with its Dutch message and exit code 1,
 * not with a stack trace from inside webpack.
 */
function baseUrlOrExit(env = process.env, { error = console.error, exit = process.exit } = {}) {
  try {
    return productionBaseUrl(env);
  } catch (problem) {
    error(`${problem.message}\nVoorbeeld: BM_BASE_URL=https://intranet.example.nl/beleidsmonitor npm run build`);
    return exit(1);
  }
}

module.exports = { DEV_BASE_URL, normaliseBaseUrl, rewriteManifestUrls, productionBaseUrl, baseUrlOrExit };
