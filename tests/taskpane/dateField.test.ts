import { dateFieldText, dateFieldValue } from "../../src/taskpane/components/DateField";

describe("the date field: dd-mm-jjjj", () => {
  it("shows an ISO date as 15-06-2025", () => {
    expect(dateFieldText("2025-06-15")).toBe("15-06-2025");
    expect(dateFieldText("")).toBe("");
  });

  it("reads what a Dutch user types, and leaves the unreadable as typed so the form flags it", () => {
    expect(dateFieldValue("15-06-2025")).toBe("2025-06-15");
    expect(dateFieldValue("15-6-2025")).toBe("2025-06-15");
    expect(dateFieldValue("15 juni 2025")).toBe("2025-06-15");
    expect(dateFieldValue("2025-06-15")).toBe("2025-06-15");
    expect(dateFieldValue(" ")).toBe("");
    expect(dateFieldValue("binnenkort")).toBe("binnenkort");
  });
});
