import { formatDate } from "../format/formatDate";
import type { IsoDate } from "../parse/isoDate";
import type { Lang } from "../rules/types";
import { PlanSheetBuilder, text } from "./planSheetBuilder";
import { RETURN_INFO_SHEETS } from "./returnIdentity";
import { RETURN_WORDS } from "./returnWords";
import { OPEN_PROTECTION, type SheetPlan } from "./sheetPlan";

export interface CoverFacts {
  /** The party's own name, with its short name: `Oost Flevoland Woondiensten (OFW)`. */
  party: string;
  municipality: string | null;
  /** Who sends the uitvraag (the municipality's party and contact), or null when unknown. */
  sender: string | null;
  /** Where the filled file goes (an e-mail address or a name), or null when unknown. */
  replyTo: string | null;
  deadline: IsoDate | null;
  issuedOn: IsoDate;
  meetingDate: IsoDate | null;
  activitiesLead: number;
  activitiesInvolved: number;
  measurements: number;
  reportYear: number;
  todo: number;
}

/** The first sheet of a return: from whom, for whom, by when, what to fill and where it goes, in plain words. */
export function coverSheet(facts: CoverFacts, lang: Lang): SheetPlan {
  const w = RETURN_WORDS[lang];
  const sheet = new PlanSheetBuilder([24, 96]);
  sheet.banner(w.title(w.place(facts.municipality)), "title", false);
  sheet.banner(w.subtitle(facts.party), "subtitle", false);
  sheet.skip();
  const deadline = facts.deadline ? formatDate(facts.deadline, lang) : null;
  const sendTo = facts.replyTo ?? w.sendToUnknown;
  const field = (label: string, value: string) => sheet.line([{ value: text(label), style: "label" }, { value: text(value), wrap: true }]);
  field(w.labels.for, facts.party);
  field(w.labels.from, facts.sender ? w.from(facts.sender) : w.fromUnknown);
  field(w.labels.sendTo, sendTo);
  sheet.line([{ value: text(w.labels.deadline), style: "label" }, { value: text(deadline ?? w.noDeadline), style: deadline ? "label" : "warning" }]);
  field(w.labels.issuedOn, formatDate(facts.issuedOn, lang));
  if (facts.meetingDate) field(w.labels.meeting, formatDate(facts.meetingDate, lang));
  sheet.skip();
  sheet.banner(w.askHeading, "heading", false);
  sheet.banner(w.askActivities(facts.activitiesLead, facts.activitiesInvolved), "text");
  sheet.banner(w.askMeasurements(facts.measurements, facts.reportYear), "text");
  sheet.banner(w.askTodo(facts.todo), "text");
  sheet.skip();
  sheet.banner(w.howHeading, "heading", false);
  sheet.banner(w.howAgreement, "text");
  sheet.banner(w.howAnswers, "text");
  if (facts.activitiesInvolved > 0) sheet.banner(w.howInvolved, "text");
  sheet.banner(w.howNewRow, "text");
  sheet.banner(w.howKeep, "text");
  sheet.banner(w.howSettings, "text");
  sheet.skip();
  sheet.banner(w.sendHeading, "heading", false);
  sheet.banner(deadline ? w.send(deadline, sendTo) : w.sendNoDeadline(sendTo), "label");
  return sheet.toSheet(RETURN_INFO_SHEETS[lang].cover, { protection: OPEN_PROTECTION });
}
