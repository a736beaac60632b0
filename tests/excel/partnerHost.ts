import { parseRangeAddress } from "../../src/core/address";
import { FakeExcelHost, type FakeExcelHostOptions } from "../fake-excel";
import { PARTNER_ACTIVITIES, PARTNER_INDICATORS, PARTNER_PARTIES } from "../core/structure/partnerWorkbook";

/** The partner workbook of the core tests in the in-memory host: plain ranges, merged title rows, a user sheet. */
export function partnerHost(options: FakeExcelHostOptions = {}, extraActivityRows = 0): FakeExcelHost {
  const host = new FakeExcelHost(options);
  const extra = Array.from({ length: extraActivityRows }, (_, i) => [`9.${i + 1}`, "Extra", `Afspraak ${i + 1}`, "Gemeente", null, "2026", "Niet gestart", null]);
  host.addSheet("Activiteiten", [...PARTNER_ACTIVITIES.rows, ...extra], { literal: true });
  const activities = host.state.findSheet("Activiteiten")!;
  for (const area of PARTNER_ACTIVITIES.merged) activities.merges.push(parseRangeAddress(area)!);
  host.addSheet("Indicatoren", PARTNER_INDICATORS.rows, { literal: true });
  host.addSheet("Partijen", PARTNER_PARTIES, { literal: true });
  host.addSheet("Notities", [["Eigen blad van de gebruiker"]]);
  return host;
}
