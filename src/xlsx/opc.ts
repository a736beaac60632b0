import { scanXml } from "./xml";

/** One relationship of a part: `Type` shortened to its last path segment (`worksheet`, `sharedStrings` …). */
export interface Relationship {
  id: string;
  /** The last segment of the relationship type, the same in transitional and strict packages. */
  kind: string;
  type: string;
  /** Resolved part name without a leading slash, or the raw target for an external one. */
  target: string;
  external: boolean;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package itself (`""`) → `_rels/.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against its source part, as OPC does (`../tables/table1.xml`). */
export function resolvePartName(source: string, target: string): string {
  const path = target.startsWith("/") ? target : source.slice(0, source.lastIndexOf("/") + 1) + target;
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(segment);
  }
  return out.join("/");
}

export function parseRelationships(xml: string, source: string, part: string): Relationship[] {
  const out: Relationship[] = [];
  scanXml(
    xml,
    {
      open(name, a) {
        if (name !== "Relationship" || !a.Id || !a.Target) return;
        const external = a.TargetMode === "External";
        const type = a.Type ?? "";
        out.push({ id: a.Id, type, kind: type.slice(type.lastIndexOf("/") + 1), external, target: external ? a.Target : resolvePartName(source, decodeURIComponentSafe(a.Target)) });
      },
    },
    part,
  );
  return out;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export interface ContentTypes {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

export function parseContentTypes(xml: string): ContentTypes {
  const types: ContentTypes = { defaults: new Map(), overrides: new Map() };
  scanXml(
    xml,
    {
      open(name, a) {
        if (name === "Default" && a.Extension && a.ContentType) types.defaults.set(a.Extension.toLowerCase(), a.ContentType);
        if (name === "Override" && a.PartName && a.ContentType) types.overrides.set(a.PartName.replace(/^\/+/, "").toLowerCase(), a.ContentType);
      },
    },
    "[Content_Types].xml",
  );
  return types;
}

export function contentTypeOf(types: ContentTypes, part: string): string | undefined {
  const key = part.toLowerCase();
  return types.overrides.get(key) ?? types.defaults.get(key.slice(key.lastIndexOf(".") + 1));
}
