import { scanXml, unescapeXstring } from "./xml";

/**
 * The shared strings, rich text joined to plain text. Phonetic runs (`rPh`, furigana) are not part of the
 * text and are left out, as Excel shows them only on request.
 */
export function parseSharedStrings(xml: string, part: string): string[] {
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  scanXml(
    xml,
    {
      open(name, _a, selfClosing) {
        if (name === "si") {
          current = [];
          if (selfClosing) strings.push("");
        } else if (name === "rPh") phonetic += selfClosing ? 0 : 1;
        else if (name === "t" && !selfClosing && phonetic === 0) inText = true;
      },
      close(name) {
        if (name === "t") inText = false;
        else if (name === "rPh") phonetic = Math.max(0, phonetic - 1);
        else if (name === "si" && current) {
          strings.push(unescapeXstring(current.join("")));
          current = null;
        }
      },
      text(text) {
        if (inText && current) current.push(text);
      },
    },
    part,
  );
  return strings;
}
