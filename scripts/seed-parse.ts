// Parser of a plain-text copy of the vendor's docs page (docusaurus-openapi-docs, copied as text, which keeps only
// object/array property names, their required/nullable flags, descriptions, enum lists, anyOf tab labels, array
// brackets and the example JSON). It turns the page into a flat list of items in document order, the same shape
// `scripts/spec-audit/project.ts` projects the spec into, so the two can be aligned.

/** What a line of the docs page carries. */
export type ItemKind =
  | "description"
  | "operation"
  | "heading"
  | "status"
  | "media-type"
  | "marker"
  | "property"
  | "enum"
  | "variant-type"
  | "example-key";

/** How an object/array property is shown: `name object[]required`, `name object nullable`. */
export interface PropertyShape {
  type: "object" | "object[]";
  required: boolean;
  nullable: boolean;
}

/** One item of the docs page (or of the spec's projection onto the page). */
export interface PageItem {
  kind: ItemKind;
  /** `page` for the operation header, else the response status the item belongs to (`200`, `default`). */
  section: string;
  /** Description text, `GET /path`, heading, status, media type, marker (`Array [`, `]`, `MOD1`), property name, variant type or example key path. */
  text: string;
  /** 1-based line in the text file (absent for spec items). */
  line?: number;
  property?: PropertyShape;
  /** Enum values, in order. */
  values?: string[];
  /** 1-based line of each enum value. */
  valueLines?: number[];
}

/** A docs page parsed into items. */
export interface DocsPage {
  items: PageItem[];
  /** Number of lines of the file. */
  lineCount: number;
}

const METHOD_PATH = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s*(\/\S*)$/;
const HEADINGS = new Set([
  "Request",
  "Path Parameters",
  "Query Parameters",
  "Header Parameters",
  "Cookie Parameters",
  "Body",
]);
// Tab labels and headings the renderer prints on every page: they carry nothing about this operation.
const CHROME = new Set(["Responses", "Schema", "- Schema", "- Example (from schema)", "- Example"]);
const PROPERTY = /^(\S+) (object\[\]|object)\s*(nullable)?\s*(required)?\s*$/;
const MARKER = /^- (Array \[|\]|MOD\d+)$/;
const MEDIA_TYPE = /^- ([\w.+-]+\/[\w.+-]+)$/;
const VARIANT_TYPE = /^(string|number|integer|boolean|null)$/;
const ENUM_START = /^Possible values: \[(.*)$/;

/** Parses a text copy of the docs page into items in document order. */
export function parseDocsPage(text: string): DocsPage {
  const lines = text.split(/\r?\n/);
  const items: PageItem[] = [];
  const statuses: string[] = [];
  let section = "page";
  let responseIndex = -1;
  // page: operation header; statuses: after "Responses"; response: a response's description and tabs; body: its schema.
  let state: "title" | "page" | "statuses" | "response" | "markers" | "body" = "title";

  const startResponse = (): "response" => {
    responseIndex += 1;
    section = statuses[responseIndex] ?? `response#${responseIndex + 1}`;
    return "response";
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    const line = raw.trim();
    const lineNo = i + 1;
    if (line === "") continue;

    if (state === "title") {
      items.push({ kind: "description", section, text: line, line: lineNo });
      state = "page";
      continue;
    }
    if (state === "statuses") {
      const status = /^- (\d{3}|default|\dXX)$/.exec(line);
      if (status?.[1]) {
        statuses.push(status[1]);
        items.push({ kind: "status", section: "page", text: status[1], line: lineNo });
        continue;
      }
      state = startResponse();
    }

    const method = METHOD_PATH.exec(line);
    if (state === "page" && method?.[1] && method[2]) {
      items.push({
        kind: "operation",
        section,
        text: `${method[1]} ${method[2].replace(/:(\w+)/g, "{$1}")}`,
        line: lineNo,
      });
      continue;
    }
    if (state === "page" && HEADINGS.has(line)) {
      items.push({ kind: "heading", section, text: line, line: lineNo });
      continue;
    }
    if (line === "Responses" && state === "page") {
      state = "statuses";
      continue;
    }
    if (line === "{" && (state === "body" || state === "markers" || state === "response")) {
      i = parseExample(lines, i, section, items);
      state = startResponse();
      continue;
    }
    if (CHROME.has(line)) continue;

    const media = MEDIA_TYPE.exec(line);
    if (state === "response" && media?.[1]) {
      items.push({ kind: "media-type", section, text: media[1], line: lineNo });
      state = "markers";
      continue;
    }
    const marker = MARKER.exec(line);
    if (state === "markers" && marker?.[1]) {
      items.push({ kind: "marker", section, text: marker[1], line: lineNo });
      continue;
    }
    if (state === "markers") state = "body";

    if (state === "body") {
      const enumStart = ENUM_START.exec(line);
      if (enumStart) {
        i = parseEnum(lines, i, enumStart[1] ?? "", section, items);
        continue;
      }
      const property = PROPERTY.exec(line);
      if (property?.[1] && property[2]) {
        items.push({
          kind: "property",
          section,
          text: property[1],
          line: lineNo,
          property: {
            type: property[2] === "object[]" ? "object[]" : "object",
            required: property[4] !== undefined,
            nullable: property[3] !== undefined,
          },
        });
        continue;
      }
      if (VARIANT_TYPE.test(line)) {
        items.push({ kind: "variant-type", section, text: line, line: lineNo });
        continue;
      }
    }
    items.push({ kind: "description", section, text: line, line: lineNo });
  }
  return { items, lineCount: lines.length };
}

// `Possible values: [A` then `, B` lines then `]`; also accepts `[A, B]` on one line. Returns the index of the last line.
function parseEnum(lines: string[], start: number, first: string, section: string, items: PageItem[]): number {
  const values: string[] = [];
  const valueLines: number[] = [];
  const add = (chunk: string, lineNo: number): boolean => {
    const closed = chunk.endsWith("]");
    const body = closed ? chunk.slice(0, -1) : chunk;
    for (const part of body.split(/\s*,\s*/)) {
      if (part !== "") {
        values.push(part);
        valueLines.push(lineNo);
      }
    }
    return closed;
  };
  let i = start;
  let closed = add(first.trim(), start + 1);
  while (!closed && i + 1 < lines.length) {
    i += 1;
    const line = (lines[i] ?? "").trim();
    if (line === "]") break;
    if (!line.startsWith(",")) {
      i -= 1;
      break;
    }
    closed = add(line.slice(1).trim(), i + 1);
  }
  items.push({ kind: "enum", section, text: values.join(", "), line: start + 1, values, valueLines });
  return i;
}

// The "Example (from schema)" JSON: keys become items (`issues[].message`). Returns the index of its last line.
function parseExample(lines: string[], start: number, section: string, items: PageItem[]): number {
  let depth = 0;
  let end = start;
  for (let i = start; i < lines.length; i++) {
    for (const ch of lines[i] ?? "") {
      if (ch === "{" || ch === "[") depth += 1;
      if (ch === "}" || ch === "]") depth -= 1;
    }
    end = i;
    if (depth === 0) break;
  }
  const chunk = lines.slice(start, end + 1);
  let value: unknown;
  try {
    value = JSON.parse(chunk.join("\n"));
  } catch {
    items.push({ kind: "description", section, text: chunk.join(" "), line: start + 1 });
    return end;
  }
  let cursor = 0;
  for (const key of exampleKeys(value, "")) {
    const leaf = key.slice(key.lastIndexOf(".") + 1).replace("[]", "");
    const found = chunk.findIndex((l, idx) => idx >= cursor && l.includes(`"${leaf}":`));
    if (found >= 0) cursor = found;
    items.push({ kind: "example-key", section, text: key, line: start + 1 + (found >= 0 ? found : 0) });
  }
  return end;
}

function exampleKeys(value: unknown, prefix: string): string[] {
  if (Array.isArray(value)) {
    const keys: string[] = [];
    for (const element of value)
      for (const key of exampleKeys(element, `${prefix}[]`)) if (!keys.includes(key)) keys.push(key);
    return keys;
  }
  if (value === null || typeof value !== "object") return [];
  const keys: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    keys.push(path, ...exampleKeys(child, path));
  }
  return keys;
}

/** The enums of a page in document order, each as its value list. */
export function pageEnums(page: DocsPage): string[][] {
  return page.items.filter((item) => item.kind === "enum").map((item) => item.values ?? []);
}
