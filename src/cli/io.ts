/** What the command line writes to and reads the date from; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  today: () => string;
  /** Local date and time `YYYY-MM-DDTHH:MM`, stamped on a summary; `today()` when absent. */
  now?: () => string;
}
