import type { XlsxError } from "../xlsx/errors";
import { CliError } from "./cliError";

const SAVE_AS = { nl: "Open het in Excel en sla het op als 'Excel-werkmap (*.xlsx)'.", en: "Open it in Excel and save it as 'Excel Workbook (*.xlsx)'." };

/** The reader's verdict on a file, as a message that names the real problem and what to do. */
export function xlsxProblemMessage(error: XlsxError, file: string): CliError {
  const where = error.sheet ? { nl: `het werkblad '${error.sheet}'`, en: `the worksheet '${error.sheet}'` } : error.part ? { nl: `het onderdeel '${error.part}'`, en: `the part '${error.part}'` } : { nl: "de inpakking (zip)", en: "its packaging (zip)" };
  switch (error.problem) {
    case "encrypted":
      return new CliError(
        `'${file}' is met een wachtwoord beveiligd en kan daardoor niet worden gelezen. Open het in Excel, haal het wachtwoord weg (Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord) en sla het op.`,
        `'${file}' is password-protected and cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password) and save it.`,
      );
    case "xls":
      return new CliError(`'${file}' is een Excel-bestand in de oude vorm (.xls, Excel 97-2003). ${SAVE_AS.nl}`, `'${file}' is an Excel file in the old format (.xls, Excel 97-2003). ${SAVE_AS.en}`);
    case "ole":
      return new CliError(`'${file}' is een ander soort Office-bestand (bijvoorbeeld van Word of Outlook), geen Excel-werkmap.`, `'${file}' is another kind of Office file (from Word or Outlook, for instance), not an Excel workbook.`);
    case "xlsb":
      return new CliError(`'${file}' is een binaire Excel-werkmap (.xlsb). ${SAVE_AS.nl}`, `'${file}' is an Excel binary workbook (.xlsb). ${SAVE_AS.en}`);
    case "ods":
      return new CliError(`'${file}' is een OpenDocument-rekenblad (.ods). ${SAVE_AS.nl}`, `'${file}' is an OpenDocument spreadsheet (.ods). ${SAVE_AS.en}`);
    case "no-workbook":
      return new CliError(`'${file}' is een zip-bestand zonder Excel-werkmap erin (bijvoorbeeld een Word-document of een map met bestanden).`, `'${file}' is a zip file without an Excel workbook in it (a Word document or a folder of files, for instance).`);
    case "zip64":
      return new CliError(`'${file}' gebruikt een zip-vorm voor zeer grote bestanden die hier niet wordt gelezen. ${SAVE_AS.nl}`, `'${file}' uses a zip form for very large files that is not read here. ${SAVE_AS.en}`);
    case "encrypted-entry":
      return new CliError(`'${file}' bevat onderdelen die met een zip-wachtwoord zijn versleuteld. Pak het uit met het wachtwoord en open de werkmap in Excel.`, `'${file}' holds parts encrypted with a zip password. Extract it with the password and open the workbook in Excel.`);
    case "too-large":
      return new CliError(
        `'${file}' is uitgepakt te groot om veilig te controleren (te veel of te grote onderdelen, of ongewoon sterk ingepakt). Is dit echt het activiteitenoverzicht?`,
        `'${file}' is too large once unpacked to check safely (too many or too large parts, or unusually highly compressed). Is this really the activity overview?`,
      );
    case "broken":
      return new CliError(
        `'${file}' is beschadigd: ${where.nl} is onleesbaar. Open het in Excel; Excel biedt dan aan het te herstellen. Sla het herstelde bestand op en probeer opnieuw.`,
        `'${file}' is damaged: ${where.en} cannot be read. Open it in Excel, which offers to repair it. Save the repaired file and try again.`,
      );
    default:
      return new CliError(`Het bestand '${file}' is geen leesbare Excel-werkmap (.xlsx). ${SAVE_AS.nl}`, `The file '${file}' is not a readable Excel workbook (.xlsx). ${SAVE_AS.en}`);
  }
}
