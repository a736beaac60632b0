import { useEffect, useState } from "react";
import type { IsoDate } from "../core/parse/isoDate";

/** The date in the user's time zone, as the check and the summary take it. */
export function localToday(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A minute is soon enough after midnight; the pane is also checked when it comes back into view. */
const CHECK_EVERY_MS = 60_000;

/**
 * Today, kept current: the shared runtime keeps the pane alive for days (a workbook left open overnight),
 * so a date taken once at start-up would go stale.
 */
export function useToday(clock: () => Date = () => new Date()): IsoDate {
  const [today, setToday] = useState(() => localToday(clock()));
  useEffect(() => {
    const refresh = () => setToday(localToday(clock()));
    const timer = setInterval(refresh, CHECK_EVERY_MS);
    document.addEventListener("visibilitychange", refresh);
    window.addEventListener("focus", refresh);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", refresh);
      window.removeEventListener("focus", refresh);
    };
  }, [clock]);
  return today;
}
