/**
 * Parsing of `load()` arguments the way office.js does it (reference §4.1, RUNTIME
 * `CommonUtility._parseSelectExpand`): comma-separated paths, `items`/`items/` meaning "every scalar
 * of every item", a leading `items/` (or `items.`) stripped and any `/items/` in the middle collapsed.
 * office.js passes array elements through unsanitised; the double sanitises them too (the server
 * accepts both spellings, and rejecting one would only make the double stricter than Word).
 */
export interface LoadSpec {
  /** Load every scalar property (no argument, `"*"`, `"items"`, `$all`). */
  readonly all: boolean;
  /** Named properties; a nested spec for `nav/prop` paths, null for a leaf. */
  readonly props: ReadonlyMap<string, LoadSpec | null>;
  /** Paging of a collection (`$top` / `$skip` of `CollectionLoadOptions`, or `top` / `skip`). */
  readonly top?: number;
  readonly skip?: number;
}

interface MutableSpec {
  all: boolean;
  props: Map<string, MutableSpec | null>;
  top?: number;
  skip?: number;
}

function emptySpec(): MutableSpec {
  return { all: false, props: new Map() };
}

function sanitize(path: string): string {
  let p = path.trim();
  if (/^items[/.]?$/i.test(p)) return "*";
  p = p.replace(/^items[/.]/i, "");
  p = p.replace(/[/.]items[/.]/gi, "/");
  return p.replace(/\./g, "/");
}

function addPath(spec: MutableSpec, rawPath: string): void {
  const path = sanitize(rawPath);
  if (path === "" || path === "*") {
    spec.all = true;
    return;
  }
  const [head, ...rest] = path.split("/");
  if (head === undefined || head === "") return;
  if (rest.length === 0) {
    if (!spec.props.has(head)) spec.props.set(head, null);
    return;
  }
  let child = spec.props.get(head) ?? null;
  if (child === null) {
    child = emptySpec();
    spec.props.set(head, child);
  }
  addPath(child, rest.join("/"));
}

function addOptions(spec: MutableSpec, options: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(options)) {
    if (key === "$all") {
      if (value === true) spec.all = true;
    } else if (key === "$top" || key === "$skip") {
      if (typeof value === "number") spec[key === "$top" ? "top" : "skip"] = value;
    } else if (key.startsWith("$")) {
      continue;
    } else if (value === true) {
      addPath(spec, key);
    } else if (typeof value === "object" && value !== null) {
      const child = emptySpec();
      addOptions(child, value as Record<string, unknown>);
      spec.props.set(key, child);
    }
  }
}

export function parseLoadArgument(arg: unknown): LoadSpec {
  const spec = emptySpec();
  if (arg === undefined || arg === null) {
    spec.all = true;
  } else if (typeof arg === "string") {
    for (const p of arg.split(",")) addPath(spec, p);
  } else if (Array.isArray(arg)) {
    for (const p of arg) if (typeof p === "string") for (const q of p.split(",")) addPath(spec, q);
  } else if (typeof arg === "object") {
    const o = arg as Record<string, unknown>;
    if (typeof o.top === "number") spec.top = o.top;
    if (typeof o.skip === "number") spec.skip = o.skip;
    if (typeof o.select === "string" || typeof o.expand === "string") {
      if (typeof o.select === "string") for (const p of o.select.split(",")) addPath(spec, p);
      if (typeof o.expand === "string") {
        for (const p of o.expand.split(",")) {
          const nav = sanitize(p);
          if (nav !== "" && nav !== "*") addPath(spec, `${nav}/*`);
        }
      }
    } else {
      addOptions(spec, o);
    }
  }
  return spec;
}
