/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, render, renderHook, screen, waitFor } from "@testing-library/react";
import { RendererProvider, createDOMRenderer } from "@fluentui/react-components";
import { PaneRoot } from "../../src/taskpane/PaneRoot";
import { localToday, useToday } from "../../src/taskpane/useToday";
import { fakeGateway, keepHidingRules, sampleReport } from "./fixtures";

// The shared runtime keeps the pane alive for days: "today" must move on at midnight, not stay at start-up's date.
describe("today in a pane that stays open overnight", () => {
  it("moves on at midnight while the pane is open", () => {
    jest.useFakeTimers();
    try {
      let now = new Date(2025, 8, 1, 23, 59, 30);
      const { result } = renderHook(() => useToday(() => now));
      expect(result.current).toBe("2025-09-01");
      now = new Date(2025, 8, 2, 0, 0, 30);
      act(() => void jest.advanceTimersByTime(60_000));
      expect(result.current).toBe("2025-09-02");
    } finally {
      jest.useRealTimers();
    }
  });

  it("checks with the new day after midnight, when the user comes back to the pane", async () => {
    let now = new Date(2025, 8, 1, 23, 58);
    const clock = () => now;
    const gateway = fakeGateway(await sampleReport());
    render(
      <RendererProvider renderer={createDOMRenderer(document, { unstable_filterCSSRule: keepHidingRules })}>
        <PaneRoot gateway={gateway} lang="nl" clock={clock} />
      </RendererProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Controleren" }));
    await waitFor(() => expect(gateway.check).toHaveBeenCalledTimes(1));
    expect(gateway.check.mock.calls[0][0].today).toBe("2025-09-01");
    now = new Date(2025, 8, 2, 8, 30);
    act(() => void window.dispatchEvent(new Event("focus")));
    fireEvent.click(screen.getByRole("button", { name: "Controleren" }));
    await waitFor(() => expect(gateway.check).toHaveBeenCalledTimes(2));
    expect(gateway.check.mock.calls[1][0].today).toBe("2025-09-02");
  });

  it("is the local date, not UTC's", () => {
    expect(localToday(new Date(2025, 0, 1, 0, 30))).toBe("2025-01-01");
  });
});
