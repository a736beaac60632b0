// What `npm start` does, with its side effects passed in (scripts/start.mjs gives the real ones; the tests fakes):
// on Windows and macOS sideload into desktop Excel; where that cannot be done, say in Dutch how to load the
// add-in in Excel on the web, and keep the development server running.
"use strict";

function webSteps(port) {
  return `Invoegtoepassing laden in Excel op het web (de ontwikkelserver draait op https://localhost:${port}):
  1. Vertrouw eenmalig het ontwikkelcertificaat: npx office-addin-dev-certs install
     (daarna de browser opnieuw starten; lukt dat niet, zie de melding over het certificaat hierboven).
  2. Open een werkmap in Excel op het web (OneDrive of SharePoint).
  3. Invoegen → Invoegtoepassingen → Mijn invoegtoepassingen → Mijn invoegtoepassing uploaden
     → kies manifest.xml in deze map → Uploaden.
  4. Kies op het tabblad Start de knop Beleidsmonitor; typ in een cel =BM.SALDO(
Zie ook docs/acceptatietest.md.`;
}

/**
 * Runs the start: `run(command, args)` resolves with the exit code, `portInUse(port)` says whether something
 * answers there. Resolves with the exit code `npm start` should end with.
 */
async function start({ platform, port, run, log, portInUse, bin }) {
  const server = () => run(bin("webpack"), ["serve", "--mode", "development"]);
  if (platform !== "win32" && platform !== "darwin") {
    log(`Excel voor de desktop bestaat niet op dit platform; de ontwikkelserver start.\n${webSteps(port)}\nStoppen: Ctrl+C.\n`);
    return server();
  }
  log("Excel start met Beleidsmonitor. Stoppen en de ontwikkelserver afsluiten: npm stop");
  // office-addin-debugging starts `npm run dev-server` itself (port from package.json "config"), then opens Excel.
  const code = await run(bin("office-addin-debugging"), ["start", "manifest.xml", "desktop", "--app", "excel"]);
  if (code === 0) return 0;
  log(`\nExcel voor de desktop kon de invoegtoepassing niet laden (code ${code}): is Excel geïnstalleerd, en mag u
invoegtoepassingen laden? U kunt ook Excel op het web gebruiken.\n${webSteps(port)}\n`);
  if (await portInUse(port)) {
    log(`De ontwikkelserver draait al op poort ${port}. Stoppen: npm stop.`);
    return 0;
  }
  log("De ontwikkelserver start. Stoppen: Ctrl+C.");
  return server();
}

module.exports = { start, webSteps };
