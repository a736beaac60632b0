/**
 * How much a finding matters. Its own module, free of imports, so that the settings reader (which reads
 * `Regel ernst: <id>`) can use it without depending on the rule types, which depend on the model.
 */
export type Severity = "error" | "warning" | "info";
