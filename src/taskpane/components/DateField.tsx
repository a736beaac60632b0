import { Input, type InputProps } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { parseDutchDate } from "../../core/parse/parseDutchDate";
import { isValidIso } from "../../core/parse/isoDate";

/** `2025-06-15` → `15-06-2025`, the way a Dutch date field shows a date; anything else as it is. */
export function dateFieldText(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : value;
}

/** What was typed as an ISO date (`15-6-2025`, `15 juni 2025`, `2025-06-15`); empty stays empty, unreadable text stays as typed. */
export function dateFieldValue(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "" || isValidIso(trimmed)) return trimmed;
  const parsed = parseDutchDate(trimmed);
  return parsed.ok ? parsed.value : trimmed;
}

interface DateFieldProps extends Omit<InputProps, "value" | "onChange" | "type"> {
  /** An ISO date, empty, or unreadable text (which the form marks as invalid). */
  value: string;
  onValueChange(value: string): void;
}

/**
 * A date as `dd-mm-jjjj` whatever the browser's locale (a native date input follows Windows, not Office, and shows
 * `06/15/2025` on an English Windows). Typing `15-6-2025` or `15 juni 2025` works too.
 */
export function DateField({ value, onValueChange, ...rest }: DateFieldProps) {
  const [text, setText] = useState(() => dateFieldText(value));
  useEffect(() => {
    // A value set from outside (settings read from the workbook) replaces the text unless it means the same date.
    if (dateFieldValue(text) !== value) setText(dateFieldText(value));
  }, [value]);
  return (
    <Input
      {...rest}
      placeholder="dd-mm-jjjj"
      value={text}
      onChange={(_, data) => {
        setText(data.value);
        onValueChange(dateFieldValue(data.value));
      }}
    />
  );
}
