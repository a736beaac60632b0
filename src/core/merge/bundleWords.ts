import type { ConflictReason, ListedReason, ReturnSummary } from "./types";

type ReturnCounts = Pick<ReturnSummary, "rows" | "taken" | "conflicts" | "added" | "unchanged" | "notFilled" | "listed">;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Every word of the Bundeling sheet and of bundling's messages, Dutch first. */
export const BUNDLE_WORDS = {
  nl: {
    sheetName: (date: string) => `Bundeling ${date}`,
    title: (date: string) => `Bundeling van de retouren, ${date}`,
    subtitle: (overview: string, returns: number) => `Overzicht: ${overview} · ${plural(returns, "retour", "retouren")}`,
    policy:
      "Hoe is beslist? Een lege cel in het overzicht wordt gevuld. Een antwoord (Status, Toelichting, Realisatie, Laatst bijgewerkt, Bijgewerkt door; bij metingen Peildatum, Waarde, Bron, Toelichting) van de trekker, of van de bron van de indicator, wordt overgenomen; de oude waarde staat hieronder. De afspraak zelf verandert nooit door een retour. Al het andere is een conflict: het overzicht houdt zijn waarde en alle waarden staan hieronder. Een rij met een nieuw ID komt onderaan de tabel. De volledige regels staan in bundelen.md bij Beleidsmonitor.",
    columns: ["Uitkomst", "Tabel", "ID", "Kolom", "In het overzicht", "Uit de retour", "Retour", "Partij", "Cel in overzicht", "Cel in retour", "Toelichting"],
    outcome: { conflict: "Conflict", listed: "Niet overgenomen", added: "Toegevoegd", notReturned: "Niet teruggekomen", notFilled: "Niet ingevuld", taken: "Overgenomen" },
    tables: { activities: "Activiteiten", measurements: "Metingen", indicators: "Indicatoren", parties: "Partijen", quota: "Taakstelling", plan: "Planning", settings: "Instellingen" } as Record<string, string>,
    outside: "buiten de tabellen",
    conflict: {
      "agreement-column": "Dit is de afspraak: een retour verandert die niet. Bespreek het in de werkgroep en pas het overzicht zelf aan als het moet.",
      "not-trekker": "Een ander antwoord van een partij die niet de trekker is (bij een meting: niet de bron van de indicator). De trekker beslist.",
      "returns-disagree": "De retouren zeggen iets anders. Het overzicht houdt zijn waarde; kies in de werkgroep welke klopt.",
      "formula-cell": "In het overzicht staat hier een formule; die wordt niet overschreven.",
    } satisfies Record<ConflictReason, string>,
    conflictAdded: "De retouren zeggen iets anders over deze nieuwe rij; de cel is leeg gelaten. Kies welke waarde klopt.",
    taken: { "was-empty": "Het overzicht was hier leeg.", "from-lead": "Antwoord van de trekker (bij een meting: van de bron); de oude waarde staat links." },
    added: (row: number) => `Nieuwe rij, toegevoegd op rij ${row}.`,
    addedWithoutId: (row: number) => `Nieuwe rij zonder ID, toegevoegd op rij ${row}: ken de werkgroep er een ID aan toe.`,
    notReturned: "De trekker stuurde een retour, maar deze activiteit stond er niet in.",
    notFilled: "Deze meting is gevraagd, maar er is geen waarde ingevuld.",
    listed: {
      "no-column": "Het overzicht heeft deze kolom niet; de waarde staat alleen hier.",
      "extra-column": "Een eigen kolom van de retour; die wordt niet gebundeld. De waarde staat alleen hier.",
      "error-value": "Een foutwaarde in de retour; niet overgenomen.",
      "no-table": "Het overzicht heeft deze tabel niet; de waarde staat alleen hier.",
      "no-room": "Onder de tabel in het overzicht staat al iets, dus de nieuwe rij kon er niet bij. Maak ruimte en bundel opnieuw.",
      "totals-row": "De tabel in het overzicht heeft een totaalrij, dus de nieuwe rij kon er niet bij. Zet de totaalrij uit (Tabelontwerp > Totaalrij), bundel opnieuw en zet hem daarna weer aan.",
      "not-filled": "Een meting zonder waarde (en zonder volledige Indicator en Jaar); niet toegevoegd.",
      "outside-table": "Staat in de retour buiten de tabellen; niet gebundeld.",
      "table-not-bundled": "Deze tabel wordt niet gebundeld en het overzicht heeft deze rij niet zo. Neem het zelf over als het klopt.",
    } satisfies Record<ListedReason, string>,
    returnsHeading: "Retouren",
    returnLine: (file: string, party: string, fromCaller: boolean) => `${file} — ${party}${fromCaller ? " (partij opgegeven bij het bundelen)" : ""}`,
    returnCounts: (c: ReturnCounts) =>
      `${plural(c.rows, "rij", "rijen")}: ${c.taken} overgenomen, ${c.conflicts} met een conflict, ${c.added} toegevoegd, ${c.unchanged} ongewijzigd` +
      (c.notFilled > 0 ? `, ${c.notFilled} niet ingevuld` : "") + `, ${c.listed} alleen hier bewaard.`,
    none: "Er is niets overgenomen, toegevoegd of voorgelegd: de retouren zeggen hetzelfde als het overzicht.",
    checkHeading: "Controle van het gebundelde overzicht",
    check: (counts: string) => `Na het bundelen staan er nog ${counts} open. Voer Controleren uit voor de details.`,
    checkClean: "Na het bundelen vond de controle geen fouten en geen waarschuwingen.",
  },
  en: {
    sheetName: (date: string) => `Bundeling ${date}`,
    title: (date: string) => `Bundling of the returns, ${date}`,
    subtitle: (overview: string, returns: number) => `Overview: ${overview} · ${plural(returns, "return", "returns")}`,
    policy:
      "How was it decided? An empty cell of the overview is filled. An answer (Status, Toelichting, Realisatie, Laatst bijgewerkt, Bijgewerkt door; for measurements Peildatum, Waarde, Bron, Toelichting) from the lead, or from the indicator's source, is taken; the old value is listed below. A return never changes the agreement itself. Everything else is a conflict: the overview keeps its value and every value is listed below. A row with a new ID goes at the bottom of the table. The full rules are in bundelen.md with Beleidsmonitor.",
    columns: ["Outcome", "Table", "ID", "Column", "In the overview", "From the return", "Return", "Party", "Cell in overview", "Cell in return", "Note"],
    outcome: { conflict: "Conflict", listed: "Not taken", added: "Added", notReturned: "Not returned", notFilled: "Not filled in", taken: "Taken" },
    tables: { activities: "Activiteiten", measurements: "Metingen", indicators: "Indicatoren", parties: "Partijen", quota: "Taakstelling", plan: "Planning", settings: "Instellingen" } as Record<string, string>,
    outside: "outside the tables",
    conflict: {
      "agreement-column": "This is the agreement: a return does not change it. Discuss it in the working group and edit the overview yourself if needed.",
      "not-trekker": "A different answer from a party that is not the lead (for a measurement: not the indicator's source). The lead decides.",
      "returns-disagree": "The returns disagree. The overview keeps its value; decide in the working group which is right.",
      "formula-cell": "The overview has a formula here; it is not overwritten.",
    } satisfies Record<ConflictReason, string>,
    conflictAdded: "The returns disagree about this new row; the cell was left empty. Choose the right value.",
    taken: { "was-empty": "The overview was empty here.", "from-lead": "Answer of the lead (for a measurement: of the source); the old value is on the left." },
    added: (row: number) => `New row, added at row ${row}.`,
    addedWithoutId: (row: number) => `New row without an ID, added at row ${row}: the working group assigns one.`,
    notReturned: "The lead sent a return, but this activity was not in it.",
    notFilled: "This measurement was asked for, but no value was filled in.",
    listed: {
      "no-column": "The overview has no such column; the value is only here.",
      "extra-column": "A column of the return's own; it is not bundled. The value is only here.",
      "error-value": "An error value in the return; not taken.",
      "no-table": "The overview has no such table; the value is only here.",
      "no-room": "Cells below the overview's table are in use, so the new row could not be added. Make room and bundle again.",
      "totals-row": "The overview's table shows a totals row, so the new row could not be added. Switch the totals row off (Table Design > Total Row), bundle again and switch it back on.",
      "not-filled": "A measurement without a value (and without a complete Indicator and Jaar); not added.",
      "outside-table": "Outside the tables of the return; not bundled.",
      "table-not-bundled": "This table is not bundled and the overview does not hold this row as it is. Copy it yourself if it is right.",
    } satisfies Record<ListedReason, string>,
    returnsHeading: "Returns",
    returnLine: (file: string, party: string, fromCaller: boolean) => `${file} — ${party}${fromCaller ? " (party given when bundling)" : ""}`,
    returnCounts: (c: ReturnCounts) =>
      `${plural(c.rows, "row", "rows")}: ${c.taken} taken, ${c.conflicts} with a conflict, ${c.added} added, ${c.unchanged} unchanged` +
      (c.notFilled > 0 ? `, ${c.notFilled} not filled in` : "") + `, ${c.listed} only kept here.`,
    none: "Nothing was taken, added or put forward: the returns say the same as the overview.",
    checkHeading: "Check of the bundled overview",
    check: (counts: string) => `After bundling, ${counts} are still open. Run Check for the details.`,
    checkClean: "After bundling the check found no errors and no warnings.",
  },
};

/** Why nothing was bundled, naming the file. */
export const PROBLEM_WORDS = {
  nl: {
    "overview-no-tables": (file: string) => `${file}: geen werkblad Activiteiten of Metingen gevonden. Is dit het activiteitenoverzicht?`,
    "no-tables": (file: string) => `${file}: geen tabel Activiteiten of Metingen gevonden (ook niet onder een andere bladnaam). Is dit een retour?`,
    "no-party": (file: string) => `${file}: van welke partij is deze retour? Er staat geen Partij in Instellingen; noem de partij bij het bundelen.`,
    "unknown-party": (file: string, party: string, known: string) => `${file}: de partij '${party}' staat niet in Partijen van het overzicht. Bekende partijen: ${known}.`,
    "group-party": (file: string, party: string, known: string) => `${file}: '${party}' is een groep van meerdere partijen; noem één partij (${known}).`,
    "party-mismatch": (file: string, party: string, given: string) => `${file}: volgens Instellingen is deze retour van '${party}', maar bij het bundelen is '${given}' genoemd. Controleer welke partij het is.`,
    "duplicate-file": (file: string) => `${file} is twee keer opgegeven (of is het overzicht zelf).`,
  },
  en: {
    "overview-no-tables": (file: string) => `${file}: no sheet Activiteiten or Metingen found. Is this the activity overview?`,
    "no-tables": (file: string) => `${file}: no table Activiteiten or Metingen found (not under another sheet name either). Is this a return?`,
    "no-party": (file: string) => `${file}: which party is this return from? Instellingen has no Partij; name the party when bundling.`,
    "unknown-party": (file: string, party: string, known: string) => `${file}: the party '${party}' is not in Partijen of the overview. Known parties: ${known}.`,
    "group-party": (file: string, party: string, known: string) => `${file}: '${party}' is a group of several parties; name one party (${known}).`,
    "party-mismatch": (file: string, party: string, given: string) => `${file}: Instellingen says this return is from '${party}', but '${given}' was named when bundling. Check which party it is.`,
    "duplicate-file": (file: string) => `${file} was given twice (or is the overview itself).`,
  },
};
