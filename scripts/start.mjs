// `npm start`: sideload into desktop Excel on Windows/macOS; elsewhere serve over https and explain how to
// upload manifest.xml to Excel on the web by hand.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

function run(command, args) {
  // Windows can only start .cmd files through a shell; quote the path in case it holds spaces.
  const windows = process.platform === "win32";
  const child = spawn(windows ? `"${command}"` : command, args, { cwd: root, stdio: "inherit", shell: windows });
  child.on("exit", (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
}

if (process.platform === "win32" || process.platform === "darwin") {
  // Starts `npm run dev-server` itself (port from package.json "config"), then opens Excel with the add-in.
  console.log("Excel start met Beleidsmonitor. Stoppen en de ontwikkelserver afsluiten: npm stop");
  run(bin("office-addin-debugging"), ["start", "manifest.xml", "desktop", "--app", "excel"]);
} else {
  const port = process.env.npm_package_config_dev_server_port || 3000;
  console.log(`
Excel voor de desktop bestaat niet op dit platform; de ontwikkelserver start op https://localhost:${port}.
Invoegtoepassing laden in Excel op het web:
  1. Vertrouw eenmalig het ontwikkelcertificaat: npx office-addin-dev-certs install
     (daarna de browser opnieuw starten).
  2. Open een werkmap in Excel op het web (OneDrive of SharePoint).
  3. Invoegen → Invoegtoepassingen → Mijn invoegtoepassingen → Mijn invoegtoepassing uploaden
     → kies manifest.xml in deze map → Uploaden.
  4. Kies op het tabblad Start de knop Beleidsmonitor; typ in een cel =BM.SALDO(
Stoppen: Ctrl+C.

Desktop Excel is not available on this platform; the dev server starts on https://localhost:${port}.
To load the add-in in Excel on the web:
  1. Trust the development certificate once: npx office-addin-dev-certs install
     (then restart the browser).
  2. Open a workbook in Excel on the web (OneDrive or SharePoint).
  3. Insert → Add-ins → My Add-ins → Upload My Add-in → choose manifest.xml in this folder → Upload.
  4. Choose Beleidsmonitor on the Home tab; type =BM.BALANCE( in a cell (English Excel).
Stop: Ctrl+C.
`);
  run(bin("webpack"), ["serve", "--mode", "development"]);
}
