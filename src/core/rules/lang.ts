/** The languages of what the tool writes. Its own module, free of imports, for the same reason as `severity.ts`. */
export type Lang = "nl" | "en";
