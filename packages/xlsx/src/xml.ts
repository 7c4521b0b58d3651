/** Escaping for what we write, and a small tokenizer for the well-formed XML inside an .xlsx. */

// XML 1.0 forbids most control characters even when escaped; Excel refuses the whole file over one.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  return text
    .replace(ILLEGAL, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref] ?? whole;
    const code = ref[1] === "x" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

export type XmlToken =
  | { kind: "open"; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: "close"; name: string }
  | { kind: "text"; text: string };

// Tags (names keep no namespace prefix: some writers emit <x:c>), CDATA, text; comments and
// processing instructions are matched so they can be skipped.
const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)(?:[\w.-]+:)?([\w.-]+)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function* tokenize(xml: string): Generator<XmlToken> {
  for (const match of xml.matchAll(TOKEN)) {
    const [, cdata, slash, name, attrText, selfClosing, text] = match;
    if (cdata !== undefined) yield { kind: "text", text: cdata };
    else if (text !== undefined) yield { kind: "text", text: unescapeXml(text) };
    else if (name === undefined) continue;
    else if (slash) yield { kind: "close", name };
    else yield { kind: "open", name, attrs: attributes(attrText ?? ""), selfClosing: selfClosing === "/" };
  }
}

function attributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const [, key, double, single] of text.matchAll(ATTR))
    attrs[key!] = unescapeXml(double ?? single ?? "");
  return attrs;
}

/** Attribute by local name, whatever its prefix (r:id, or id under another prefix). */
export function attr(attrs: Record<string, string>, local: string): string | undefined {
  if (local in attrs) return attrs[local];
  for (const key in attrs) if (key.endsWith(`:${local}`)) return attrs[key];
  return undefined;
}
