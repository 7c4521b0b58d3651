import type { Locale } from "../i18n/locale";

/** A JSON Schema node as the server sends it; only the keywords the form understands are read. */
export type JsonSchema = Record<string, unknown>;

interface FieldBase {
  key: string;
  /** Path from the settings root, e.g. ["reminder", "days"]; joined with "." it is the error path. */
  path: string[];
  label: string;
  description?: string;
  required: boolean;
}

export type SchemaField =
  | (FieldBase & { kind: "number" | "integer"; minimum?: number; maximum?: number })
  | (FieldBase & {
      kind: "string";
      minLength?: number;
      maxLength?: number;
      pattern?: string;
      format?: string;
    })
  | (FieldBase & { kind: "boolean" })
  | (FieldBase & { kind: "enum"; options: (string | number)[] })
  | (FieldBase & { kind: "object"; fields: SchemaField[] })
  | (FieldBase & { kind: "unsupported" });

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);

/** "maxNominations" / "max_nominations" → "Max nominations", when the schema has no title. */
export function humanizeKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A title or description may be a plain string or a `{ vi, en }` pair. */
export function schemaText(value: unknown, locale: Locale): string | undefined {
  if (typeof value === "string") return value || undefined;
  if (isRecord(value)) return str(value[locale]) ?? str(value.vi);
  return undefined;
}

/** Nullable ("anyOf [X, null]") is read as X: an empty input is simply left out. */
function unwrapNullable(schema: JsonSchema): JsonSchema {
  const options = schema.anyOf ?? schema.oneOf;
  if (!Array.isArray(options)) return schema;
  const real = options.filter((o) => isRecord(o) && o.type !== "null");
  return real.length === 1 && isRecord(real[0])
    ? { ...real[0], ...pick(schema, ["title", "description", "default", "x-label", "x-hint"]) }
    : schema;
}

function pick(schema: JsonSchema, keys: string[]): JsonSchema {
  const out: JsonSchema = {};
  for (const k of keys) if (k in schema) out[k] = schema[k];
  return out;
}

function typeOf(schema: JsonSchema): string | undefined {
  const t = schema.type;
  if (typeof t === "string") return t;
  if (Array.isArray(t)) {
    const real = t.filter((x) => x !== "null");
    return real.length === 1 && typeof real[0] === "string" ? real[0] : undefined;
  }
  return undefined;
}

function describeField(
  key: string,
  raw: unknown,
  path: string[],
  required: boolean,
  locale: Locale,
): SchemaField {
  const schema = isRecord(raw) ? unwrapNullable(raw) : {};
  // A module labels its settings in both languages with x-label / x-hint (the SDK's `setting`).
  const description = schemaText(schema["x-hint"], locale) ?? schemaText(schema.description, locale);
  const base: FieldBase = {
    key,
    path,
    label: schemaText(schema["x-label"], locale) ?? schemaText(schema.title, locale) ?? humanizeKey(key),
    required,
    ...(description ? { description } : {}),
  };
  if (
    Array.isArray(schema.enum) &&
    schema.enum.every((v) => typeof v === "string" || typeof v === "number")
  ) {
    return { ...base, kind: "enum", options: schema.enum as (string | number)[] };
  }
  const type = typeOf(schema);
  switch (type) {
    case "number":
    case "integer": {
      const minimum = num(schema.minimum) ?? num(schema.exclusiveMinimum);
      const maximum = num(schema.maximum) ?? num(schema.exclusiveMaximum);
      return {
        ...base,
        kind: type,
        ...(minimum !== undefined ? { minimum } : {}),
        ...(maximum !== undefined ? { maximum } : {}),
      };
    }
    case "string": {
      const minLength = num(schema.minLength);
      const maxLength = num(schema.maxLength);
      const pattern = str(schema.pattern);
      const format = str(schema.format);
      return {
        ...base,
        kind: "string",
        ...(minLength !== undefined ? { minLength } : {}),
        ...(maxLength !== undefined ? { maxLength } : {}),
        ...(pattern ? { pattern } : {}),
        ...(format ? { format } : {}),
      };
    }
    case "boolean":
      return { ...base, kind: "boolean" };
    case "object":
      return { ...base, kind: "object", fields: describeObject(schema, path, locale) };
    default:
      return { ...base, kind: "unsupported" };
  }
}

function describeObject(schema: JsonSchema, path: string[], locale: Locale): SchemaField[] {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const required = new Set(
    Array.isArray(schema.required) ? schema.required.filter((r) => typeof r === "string") : [],
  );
  return Object.entries(properties).map(([key, child]) =>
    describeField(key, child, [...path, key], required.has(key), locale),
  );
}

/** The form fields of a module's settings: the properties of the root object, in schema order. */
export function describeSettings(schema: JsonSchema, locale: Locale): SchemaField[] {
  return describeObject(schema, [], locale);
}

export function getAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** An updated copy; `undefined` removes the key (an optional field left empty). */
export function setAt(
  value: Record<string, unknown>,
  path: readonly string[],
  next: unknown,
): Record<string, unknown> {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const copy = { ...value };
  if (rest.length === 0) {
    if (next === undefined) delete copy[head];
    else copy[head] = next;
    return copy;
  }
  const child = isRecord(copy[head]) ? (copy[head] as Record<string, unknown>) : {};
  copy[head] = setAt(child, rest, next);
  return copy;
}

/** Starting values: what the tenant saved, else the schema's defaults, nested objects included. */
export function withDefaults(schema: JsonSchema, settings: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = isRecord(settings) ? { ...settings } : {};
  const properties = isRecord(schema.properties) ? schema.properties : {};
  for (const [key, raw] of Object.entries(properties)) {
    if (!isRecord(raw)) continue;
    const child = unwrapNullable(raw);
    if (typeOf(child) === "object") {
      const nested = withDefaults(child, out[key]);
      if (Object.keys(nested).length > 0 || out[key] !== undefined) out[key] = nested;
    } else if (out[key] === undefined && child.default !== undefined) out[key] = child.default;
  }
  return out;
}
