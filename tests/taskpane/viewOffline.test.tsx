/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen } from "@testing-library/react";
import { fakeGateway, openTab, renderApp, sampleReport } from "./fixtures";

// Inrichten is a chunk of its own. webpack rejects a script it cannot fetch (connection lost) with a ChunkLoadError.
jest.mock("../../src/taskpane/components/structure/StructureView", () => {
  throw Object.assign(new Error("Loading chunk inrichten-view failed.\n(error: https://localhost:3000/inrichten-view.js)"), { name: "ChunkLoadError" });
});

it("says in Dutch, in that tab only, when a view cannot be loaded, without the technical message", async () => {
  const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
  renderApp(fakeGateway(await sampleReport()));
  await openTab("Inrichten");
  const panel = screen.getByRole("tabpanel", { name: "Inrichten" });
  expect(panel.textContent).toBe("Dit onderdeel kon niet worden geladenControleer de internetverbinding, sluit het taakvenster en open het opnieuw.");

  fireEvent.click(screen.getByRole("tab", { name: "Controleren" }));
  expect(screen.getByRole("button", { name: "Controleren" })).toBeTruthy();
  logged.mockRestore();
});
