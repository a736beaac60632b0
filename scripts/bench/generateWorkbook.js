// A realistic workbook snapshot of any size, built in memory: activity rows cycle through the
// forms seen in the seeds (planning texts, statuses, parties), with a few real problems mixed in.
"use strict";

const PLANNINGS = ["2026", "2025 - 2028", "In 2026", "vanaf 2025", "Jaarlijks", "eind 2026", "eerste helft 2026", "Doorlopend", "2025: ca. 140 won. 2026 - 2028: ca 80 won.", "t/m 2030"];
const STATUSES = ["Niet gestart", "In uitvoering", "In uitvoering", "Gereed", "Vertraagd"];
const LEADS = ["Gemeente", "OFW", "HBV", "Corporaties"];
const HEADERS = ["ID", "Thema", "Onderwerp", "Afspraak", "Trekker", "Betrokkenen", "Planning", "Deadline", "Status", "Toelichting", "Indicator", "Doelwaarde", "Realisatie", "Laatst bijgewerkt", "Bijgewerkt door"];

// About one row in twenty-five carries a problem a real workbook has: a misspelt status or party,
// a missing note, an old update date, a placeholder. A later edition (half a year on) has every
// tenth row moved on: a newer update date and the next status.
function activityRow(i, edition) {
  const flawed = i % 25 === 0 ? (i / 25) % 5 : -1;
  const moved = edition > 0 && i % 10 === 0 ? edition : 0;
  const status = flawed === 0 ? "In Uitvoering" : STATUSES[(i + moved) % STATUSES.length];
  const row = [
    `${1 + (i % 3)}.${i}`,
    ["Betaalbaar wonen", "Duurzaamheid", "Leefbaarheid"][i % 3],
    i % 4 === 0 ? null : "Nieuwbouw",
    `Afspraak nummer ${i}: partijen werken samen aan betaalbare woningen in Dronten.`,
    flawed === 1 ? "OFW " : LEADS[i % LEADS.length],
    i % 2 === 0 ? "Gemeente; HBV" : "OFW en Huurdersorganisaties",
    PLANNINGS[i % PLANNINGS.length],
    i % 7 === 0 ? 46022 : null,
    status,
    "Toelichting bij de voortgang",
    i % 5 === 0 ? "BZ-1" : null,
    i % 3 === 0 ? 97 : null,
    i % 3 === 0 ? "ca. 40" : null,
    flawed === 2 ? 45400 : 45780 + (i % 40) + moved * 182,
    "Beleidsmedewerker",
  ];
  if (flawed === 3) row[9] = null;
  if (flawed === 4) row[6] = "n.t.b.";
  return row;
}

function sheet(name, rows) {
  return { name, visible: true, origin: { row: 1, column: 0 }, values: rows, numberFormats: rows.map((r) => r.map(() => "General")) };
}

function table(name, sheetName, rows) {
  const width = rows[0].length;
  const letter = String.fromCharCode(64 + width);
  return { name, sheet: sheetName, address: `${sheetName}!A1:${letter}${rows.length}` };
}

/** A workbook snapshot with `count` activity rows and the other tables of the contract; `edition` 1, 2, … are later versions. */
function generateWorkbook(count, edition = 0) {
  const activities = [HEADERS];
  for (let i = 1; i <= count; i++) activities.push(activityRow(i, edition));
  const indicators = [
    ["ID", "Programma", "Doel", "Indicator", "Eenheid", "Richting", "Nulmeting", "Nulmeting jaar", "Streefwaarde", "Streefjaar", "Bron", "Toelichting"],
    ["BZ-1", "Bestaanszekerheid bieden", null, "% huishoudens met een laag inkomen", "%", "Maximaal", 0.03, 2022, 0.03, 2028, "CBS", null],
  ];
  const measurements = [["Indicator", "Jaar", "Peildatum", "Waarde", "Bron", "Toelichting"], ["BZ-1", 2024, null, 0.031, "CBS", null]];
  const quota = [
    ["Periode", "Taakstelling", "Gehuisvest", "Opgave incl. achterstand", "Saldo", "Toelichting"],
    ["Eerste helft 2024", 46, 34, 90, -56, null],
    ["Tweede helft 2024", 42, 66, 98, -32, null],
    ["Eerste helft 2025", 44, null, 76, null, null],
  ];
  const parties = [
    ["Partij", "Afkorting", "Rol", "Contactpersoon", "E-mail"],
    ["Gemeente Dronten", null, "Gemeente", null, null],
    ["Oost Flevoland Woondiensten", "OFW", "Corporatie", null, null],
    ["Huurders Belangen Vereniging", "HBV", "Huurdersorganisatie", null, null],
  ];
  const settings = [["Instelling", "Waarde"], ["Gemeente", "Dronten"], ["Peildatum", 45823]];
  const all = [
    ["Activiteiten", "tblActiviteiten", activities],
    ["Indicatoren", "tblIndicatoren", indicators],
    ["Metingen", "tblMetingen", measurements],
    ["Taakstelling", "tblTaakstelling", quota],
    ["Partijen", "tblPartijen", parties],
    ["Instellingen", "tblInstellingen", settings],
  ];
  return { sheets: all.map(([s, , rows]) => sheet(s, rows)), tables: all.map(([s, t, rows]) => table(t, s, rows)) };
}

module.exports = { generateWorkbook };
