import { rule as quotaStatedMismatch } from "../../../src/core/rules/quota-stated-mismatch";
import { DRONTEN_QUOTA, SETTINGS_OPENING_MINUS_5 } from "./fixtures";
import { testRule } from "./ruleTester";

const withHousedH1_2024 = (housed: number) => DRONTEN_QUOTA.map((row) => (row.Periode === "Eerste helft 2024" ? { ...row, Gehuisvest: housed } : row));

testRule(quotaStatedMismatch, {
  valid: [
    { name: "Dronten's table with the housed counts it implies", fragment: { quota: DRONTEN_QUOTA, settings: SETTINGS_OPENING_MINUS_5 } },
    { name: "a half-year without a housed count yet", fragment: { quota: DRONTEN_QUOTA.slice(5), settings: [{ Instelling: "Beginsaldo taakstelling", Waarde: -56 }] } },
  ],
  invalid: [
    {
      name: "the text's 18 housed in H1 2024 makes the following stated figures impossible",
      fragment: { quota: withHousedH1_2024(18), settings: SETTINGS_OPENING_MINUS_5 },
      errors: [
        { messageId: "balanceDiffers", sheet: "Taakstelling", cell: "E6", includes: "Saldo is -56, berekend is -72" },
        { messageId: "dueCarried", cell: "D7", includes: "berekend is 114" },
        { messageId: "balanceDiffers", cell: "E7", includes: "berekend is -48" },
        { messageId: "dueCarried", cell: "D8", includes: "berekend is 92" },
      ],
    },
    {
      name: "without the opening balance the first due is off",
      fragment: { quota: DRONTEN_QUOTA.slice(0, 1) },
      errors: [
        { messageId: "dueDiffers", cell: "D2", includes: "berekend is 24" },
        { messageId: "balanceDiffers", cell: "E2", includes: "berekend is 16" },
      ],
    },
  ],
});
