// HTTPS for the development server. office-addin-dev-certs installs its certificate authority, which on Linux
// runs `sudo`; where that cannot be done (no sudo, no rights) the server still starts with the generated
// certificate, and says in Dutch how to trust it by hand.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");

const DIRECTORY = path.join(os.homedir(), ".office-addin-dev-certs");
const FILES = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
const DAYS_VALID = 30;

function read(directory) {
  return Object.fromEntries(Object.entries(FILES).map(([key, file]) => [key, fs.readFileSync(path.join(directory, file))]));
}

function untrustedMessage(error, directory) {
  const reason = String((error && error.message) || error).split("\n")[0];
  return [
    "",
    "Let op: het ontwikkelcertificaat kon niet als vertrouwd worden geïnstalleerd:",
    `  ${reason}`,
    "De ontwikkelserver start toch, met het certificaat in",
    `  ${directory}`,
    "Vertrouw het zelf, op één van deze manieren:",
    "  - met beheerdersrechten, eenmalig: npx office-addin-dev-certs install",
    `  - of importeer ${path.join(directory, FILES.ca)} in uw browser als vertrouwde certificaatautoriteit`,
    "    (Chrome/Edge: Instellingen → Privacy en beveiliging → Certificaten beheren → Autoriteiten → Importeren).",
    "Zonder vertrouwd certificaat laadt Excel de invoegtoepassing niet.",
    "",
  ].join("\n");
}

/**
 * The dev server's `server.options`: trusted certificates when they can be installed; otherwise the generated
 * ones (made here when missing) and a message. Never throws for a missing `sudo`.
 */
async function devServerHttpsOptions({ devCerts = require("office-addin-dev-certs"), log = console.warn, directory = DIRECTORY } = {}) {
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const present = Object.values(FILES).every((file) => fs.existsSync(path.join(directory, file)));
    if (!present) {
      fs.mkdirSync(directory, { recursive: true });
      await devCerts.generateCertificates(path.join(directory, FILES.ca), path.join(directory, FILES.cert), path.join(directory, FILES.key), DAYS_VALID, ["127.0.0.1", "localhost"]);
    }
    log(untrustedMessage(error, directory));
    return read(directory);
  }
}

module.exports = { devServerHttpsOptions, untrustedMessage };
