/** Every word of a return workbook, Dutch first. Plain language: the reader is a partner, not a programmer. */

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const RETURN_WORDS = {
  nl: {
    title: (place: string) => `Uitvraag activiteitenoverzicht ${place}`,
    subtitle: (party: string) => `Voor ${party}`,
    place: (municipality: string | null) => (municipality ? `gemeente ${municipality}` : "van gemeente, corporaties en huurdersorganisaties"),
    labels: {
      for: "Voor",
      from: "Van",
      sendTo: "Terugsturen naar",
      deadline: "Uiterlijk terug",
      issuedOn: "Uitvraag van",
      meeting: "Bestuurlijk overleg",
    },
    from: (sender: string) => `De werkgroep van het activiteitenoverzicht, namens ${sender}`,
    fromUnknown: "De werkgroep van het activiteitenoverzicht",
    sendToUnknown: "degene van wie u dit bestand kreeg",
    noDeadline: "zo snel mogelijk (er is geen datum afgesproken)",
    askHeading: "Wat vragen we van u?",
    askActivities: (lead: number, involved: number) =>
      lead + involved === 0
        ? "Activiteiten (werkblad Activiteiten): er staan geen activiteiten op uw naam. Heeft u een nieuwe activiteit, voeg dan een rij toe."
        : `Activiteiten (werkblad Activiteiten): ${plural(lead, "activiteit", "activiteiten")} waarvan u trekker bent` +
          (involved > 0 ? ` en ${plural(involved, "activiteit", "activiteiten")} waarbij u betrokken bent` : "") +
          ". Werk per activiteit Status, Toelichting, Realisatie, Laatst bijgewerkt en Bijgewerkt door bij.",
    askMeasurements: (n: number, year: number) =>
      n === 0
        ? "Metingen (werkblad Metingen): we vragen u nu geen metingen."
        : `Metingen (werkblad Metingen): ${plural(n, "meting", "metingen")} tot en met ${year} van indicatoren waarvan u de bron bent. Vul per rij Waarde, Peildatum en Bron in. Welke indicator het is, staat op het werkblad Indicatoren.`,
    askTodo: (n: number) =>
      n === 0
        ? "Te doen (werkblad Te doen): bij de laatste controle stond er niets voor u open."
        : `Te doen (werkblad Te doen): ${plural(n, "punt", "punten")} die bij de laatste controle nog voor u openstonden, elk met de afspraak waar het om gaat.`,
    howHeading: "Zo vult u het in",
    howAgreement:
      "De grijze kolommen zijn de afspraak zoals die in het overzicht staat. Verander ze niet: de werkgroep neemt een wijziging daar niet over, maar legt hem aan alle partijen voor. Wilt u iets aan de afspraak veranderen, schrijf het dan in Toelichting. Is een grijze cel nog leeg en vraagt het werkblad Te doen erom, vul hem dan wel in: een lege cel neemt de werkgroep over.",
    howAnswers: "De witte kolommen vult u in. Bij Status kiest u uit de lijst. Een datum typt u als 1-7-2025 of 1 juli 2025.",
    howInvolved:
      "Bij een activiteit waarvan u niet de trekker bent, beslist de trekker. Uw antwoorden legt de werkgroep naast die van de trekker; ze worden niet vanzelf overgenomen.",
    howNewRow: "Een nieuwe activiteit? Voeg onderaan de tabel een rij toe. Laat ID leeg als u het niet weet: de werkgroep kent het toe.",
    howKeep:
      "Verander de namen van de werkbladen en de kolomkoppen niet en verwijder geen rijen. Dan kan de werkgroep uw antwoorden zonder overtypen in het overzicht zetten.",
    howSettings: "Het werkblad Instellingen zegt van wie dit bestand is (Partij) en bij welke uitvraag het hoort: laat het zoals het is.",
    sendHeading: "Terugsturen",
    send: (deadline: string, to: string) => `Sla het bestand op en stuur het uiterlijk ${deadline} naar ${to}.`,
    sendNoDeadline: (to: string) => `Sla het bestand op en stuur het zo snel mogelijk naar ${to}.`,
    tableNote: {
      activities: "Grijs: de afspraak (niet wijzigen). Wit: uw antwoord. Nieuwe activiteit: een rij onderaan toevoegen.",
      measurements: "Grijs: welke meting (niet wijzigen). Wit: vul Waarde, Peildatum en Bron in. De indicatoren staan op het werkblad Indicatoren.",
      indicators: "Ter informatie: de indicatoren waar uw metingen en activiteiten bij horen. Niet wijzigen.",
      parties: "Ter informatie: de partijen van het overzicht. Niet wijzigen.",
      quota: "Dit werkblad hoort bij het overzicht en is hier leeg: u hoeft er niets in te vullen.",
      settings: "Van wie dit bestand is en bij welke uitvraag het hoort. Niet wijzigen.",
    },
    todo: {
      title: (party: string) => `Nog open voor ${party}`,
      intro: "Dit stond bij de laatste controle van het overzicht nog open. De kolom Cel wijst naar de plek in dit bestand waar u het invult.",
      none: "Bij de laatste controle stond er niets voor u open.",
      columns: ["Nr", "Wat is er nodig", "Om welke afspraak gaat het", "Werkblad", "Cel"],
      inOverview: (sheet: string) => `${sheet} (in het overzicht)`,
    },
  },
  en: {
    title: (place: string) => `Activity overview request ${place}`,
    subtitle: (party: string) => `For ${party}`,
    place: (municipality: string | null) => (municipality ? `municipality of ${municipality}` : "of the municipality, housing corporations and tenant organisations"),
    labels: {
      for: "For",
      from: "From",
      sendTo: "Send back to",
      deadline: "Due back by",
      issuedOn: "Request of",
      meeting: "Administrative meeting",
    },
    from: (sender: string) => `The working group of the activity overview, on behalf of ${sender}`,
    fromUnknown: "The working group of the activity overview",
    sendToUnknown: "the person who sent you this file",
    noDeadline: "as soon as possible (no date has been agreed)",
    askHeading: "What we ask of you",
    askActivities: (lead: number, involved: number) =>
      lead + involved === 0
        ? "Activities (sheet Activiteiten): no activities are in your name. If you have a new activity, add a row."
        : `Activities (sheet Activiteiten): ${plural(lead, "activity", "activities")} you lead` +
          (involved > 0 ? ` and ${plural(involved, "activity", "activities")} you are involved in` : "") +
          ". Bring Status, Toelichting, Realisatie, Laatst bijgewerkt and Bijgewerkt door up to date for each.",
    askMeasurements: (n: number, year: number) =>
      n === 0
        ? "Measurements (sheet Metingen): we do not ask you for measurements now."
        : `Measurements (sheet Metingen): ${plural(n, "measurement", "measurements")} up to ${year} of indicators you are the source of. Fill in Waarde, Peildatum and Bron on each row. The sheet Indicatoren says which indicator it is.`,
    askTodo: (n: number) =>
      n === 0
        ? "To do (sheet To do): nothing was open for you at the last check."
        : `To do (sheet To do): ${plural(n, "item", "items")} still open for you at the last check, each with the agreement it concerns.`,
    howHeading: "How to fill it in",
    howAgreement:
      "The grey columns are the agreement as the overview holds it. Do not change them: the working group does not take a change there but puts it to all parties. To propose a change to the agreement, write it in Toelichting. If a grey cell is still empty and the sheet To do asks for it, do fill it in: the working group takes over an empty cell.",
    howAnswers: "You fill in the white columns. For Status, pick from the list. Type a date as 1-7-2025 or 1 July 2025.",
    howInvolved:
      "For an activity you do not lead, the lead decides. The working group puts your answers next to the lead's; they are not taken over by themselves.",
    howNewRow: "A new activity? Add a row at the bottom of the table. Leave ID empty if you do not know it: the working group assigns one.",
    howKeep: "Do not rename the sheets or the column headers and do not delete rows. Then the working group can put your answers into the overview without retyping.",
    howSettings: "The sheet Instellingen says whose file this is (Partij) and which request it answers: leave it as it is.",
    sendHeading: "Sending it back",
    send: (deadline: string, to: string) => `Save the file and send it to ${to} by ${deadline}.`,
    sendNoDeadline: (to: string) => `Save the file and send it to ${to} as soon as possible.`,
    tableNote: {
      activities: "Grey: the agreement (do not change). White: your answer. New activity: add a row at the bottom.",
      measurements: "Grey: which measurement (do not change). White: fill in Waarde, Peildatum and Bron. The indicators are on the sheet Indicatoren.",
      indicators: "For information: the indicators your measurements and activities belong to. Do not change.",
      parties: "For information: the parties of the overview. Do not change.",
      quota: "This sheet belongs to the overview and is empty here: there is nothing to fill in.",
      settings: "Whose file this is and which request it answers. Do not change.",
    },
    todo: {
      title: (party: string) => `Still open for ${party}`,
      intro: "This was still open at the last check of the overview. The column Cell points at the place in this file where you fill it in.",
      none: "Nothing was open for you at the last check.",
      columns: ["No.", "What is needed", "Agreement it concerns", "Sheet", "Cell"],
      inOverview: (sheet: string) => `${sheet} (in the overview)`,
    },
  },
};

export type ReturnWords = (typeof RETURN_WORDS)["nl"];

/** Why no return could be planned for a party named by the user. */
export function returnProblemMessage(problem: { kind: "unknown-party" | "group-party"; party: string; known: readonly string[] }, lang: "nl" | "en"): string {
  const known = problem.known.join(", ");
  if (lang === "en") {
    return problem.kind === "group-party"
      ? `'${problem.party}' is a group of several parties: name one party (${known}).`
      : `'${problem.party}' is not in Partijen of the overview. Known parties: ${known || "none"}.`;
  }
  return problem.kind === "group-party"
    ? `'${problem.party}' is een groep van meerdere partijen: noem één partij (${known}).`
    : `'${problem.party}' staat niet in Partijen van het overzicht. Bekende partijen: ${known || "geen"}.`;
}

/** What the person making the uitvraag should know about one return (printed by the command line, shown in the pane). */
export function returnWarningMessage(warning: "no-deadline" | "deadline-passed" | "no-reply-address" | "nothing-asked", party: string, lang: "nl" | "en"): string {
  const nl = {
    "no-deadline": `${party}: er is geen uiterste datum. Vul Datum bestuurlijk overleg in bij Instellingen of geef een datum op.`,
    "deadline-passed": `${party}: de uiterste datum ligt al achter ons.`,
    "no-reply-address": `${party}: het overzicht noemt geen e-mailadres van de gemeente in Partijen; in de uitvraag staat "degene van wie u dit bestand kreeg".`,
    "nothing-asked": `${party}: er is niets te vragen (geen activiteiten, metingen of open punten).`,
  };
  const en = {
    "no-deadline": `${party}: there is no deadline. Fill in Datum bestuurlijk overleg in Instellingen or give a date.`,
    "deadline-passed": `${party}: the deadline has already passed.`,
    "no-reply-address": `${party}: Partijen gives no e-mail address of the municipality; the request says "the person who sent you this file".`,
    "nothing-asked": `${party}: there is nothing to ask (no activities, measurements or open items).`,
  };
  return (lang === "en" ? en : nl)[warning];
}
