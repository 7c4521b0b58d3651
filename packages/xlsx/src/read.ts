import { parseRef } from "./cell-ref";
import { isDateFormat, serialToDate } from "./dates";
import { XlsxError } from "./errors";
import { attr, tokenize } from "./xml";
import { readZip } from "./zip";

/** An error value Excel shows in the cell, such as "#N/A" or "#DIV/0!". */
export interface XlsxErrorValue {
  error: string;
}

/** A cell as the user sees it: formulas give their last computed value, date formats give a Date. */
export type XlsxValue = string | number | boolean | Date | XlsxErrorValue | null;

export interface ReadRow {
  /** Excel's row number (1-based); rows Excel holds nothing for are not listed. */
  number: number;
  /** 0-based by column; columns without a cell are null. */
  cells: XlsxValue[];
  /** Link targets of this row's cells by 0-based column (e.g. "mailto:hoa@…"), when there are any. */
  links?: Map<number, string>;
}

export interface ReadSheet {
  name: string;
  rows: ReadRow[];
}

export interface ReadOptions {
  /** Refuse workbooks that inflate beyond this many bytes (default 200 MB). */
  maxBytes?: number;
}

/**
 * Reads the first visible worksheet: a hidden first sheet is usually a template or a lookup list.
 * Throws XlsxError when the bytes are not a readable workbook.
 */
export function readFirstVisibleSheet(bytes: Uint8Array, options: ReadOptions = {}): ReadSheet {
  const files = readZip(bytes, options);
  const text = (path: string) => {
    const data = files.get(path);
    return data === undefined ? undefined : new TextDecoder().decode(data);
  };
  const workbookPath = partTarget(text("_rels/.rels"), "", /officeDocument$/) ?? "xl/workbook.xml";
  const workbook = text(workbookPath);
  if (workbook === undefined) throw new XlsxError("missing_part", "no workbook part");
  const base = workbookPath.replace(/[^/]*$/, "");
  const rels = relationships(text(`${base}_rels/${workbookPath.slice(base.length)}.rels`), base);

  const sheets: { name: string; hidden: boolean; path: string | undefined }[] = [];
  let date1904 = false;
  for (const token of tokenize(workbook)) {
    if (token.kind !== "open") continue;
    if (token.name === "workbookPr") date1904 = ["1", "true"].includes(token.attrs.date1904 ?? "");
    if (token.name === "sheet") {
      const state = token.attrs.state ?? "visible";
      sheets.push({
        name: token.attrs.name ?? "",
        hidden: state !== "visible",
        path: rels.get(attr(token.attrs, "id") ?? "")?.target,
      });
    }
  }
  const sheet = sheets.find((s) => !s.hidden) ?? sheets[0];
  if (!sheet) return { name: "", rows: [] };
  const sheetXml = sheet.path === undefined ? undefined : text(sheet.path);
  if (sheetXml === undefined) throw new XlsxError("missing_part", `no part for sheet ${sheet.name}`);

  const strings = sharedStrings(text(`${base}sharedStrings.xml`) ?? sharedStringsByRel(rels, text));
  const dateStyles = dateStyleIndexes(text(`${base}styles.xml`));
  const sheetDir = sheet.path!.replace(/[^/]*$/, "");
  const sheetRels = relationships(
    text(`${sheetDir}_rels/${sheet.path!.slice(sheetDir.length)}.rels`),
    sheetDir,
  );
  const rows = sheetRows(sheetXml, { strings, dateStyles, date1904, sheetRels });
  return { name: sheet.name, rows };
}

interface Relationship {
  target: string;
  type: string;
}

/** Relationship id → target resolved against the folder of the part that owns it. */
function relationships(xml: string | undefined, dir: string): Map<string, Relationship> {
  const map = new Map<string, Relationship>();
  if (xml === undefined) return map;
  for (const token of tokenize(xml)) {
    if (token.kind !== "open" || token.name !== "Relationship") continue;
    const target = token.attrs.Target ?? "";
    const external = token.attrs.TargetMode === "External";
    map.set(token.attrs.Id ?? "", {
      target: external ? target : resolvePath(dir, target),
      type: token.attrs.Type ?? "",
    });
  }
  return map;
}

function partTarget(xml: string | undefined, dir: string, type: RegExp): string | undefined {
  for (const rel of relationships(xml, dir).values()) if (type.test(rel.type)) return rel.target;
  return undefined;
}

function sharedStringsByRel(rels: Map<string, Relationship>, text: (path: string) => string | undefined) {
  for (const rel of rels.values()) if (/sharedStrings$/.test(rel.type)) return text(rel.target);
  return undefined;
}

function resolvePath(dir: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = `${dir}${target}`.split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part !== "." && part !== "") out.push(part);
  }
  return out.join("/");
}

// Excel writes characters XML cannot carry (a carriage return, a control character) as _xHHHH_.
const decodeEscapes = (text: string) =>
  text.includes("_x")
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : text;

/** Each <si>'s text: plain or the runs of rich text joined; phonetic guides (<rPh>) are left out. */
function sharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (xml === undefined) return out;
  let current: string | undefined;
  let inText = false;
  let phonetic = 0;
  for (const token of tokenize(xml)) {
    if (token.kind === "open") {
      if (token.name === "si" && token.selfClosing) out.push("");
      else if (token.name === "si") current = "";
      else if (token.name === "rPh" && !token.selfClosing) phonetic++;
      else if (token.name === "t" && !token.selfClosing) inText = true;
    } else if (token.kind === "close") {
      if (token.name === "si" && current !== undefined) {
        out.push(decodeEscapes(current));
        current = undefined;
      } else if (token.name === "rPh") phonetic--;
      else if (token.name === "t") inText = false;
    } else if (inText && phonetic === 0 && current !== undefined) current += token.text;
  }
  return out;
}

/** The `s` indexes whose number format shows a date. */
function dateStyleIndexes(xml: string | undefined): Set<number> {
  const dates = new Set<number>();
  if (xml === undefined) return dates;
  const codes = new Map<number, string>();
  let inCellXfs = false;
  let index = 0;
  for (const token of tokenize(xml)) {
    if (token.kind === "open" && token.name === "numFmt")
      codes.set(Number(token.attrs.numFmtId), token.attrs.formatCode ?? "");
    else if (token.kind === "open" && token.name === "cellXfs") inCellXfs = !token.selfClosing;
    else if (token.kind === "close" && token.name === "cellXfs") inCellXfs = false;
    else if (inCellXfs && token.kind === "open" && token.name === "xf") {
      const id = Number(token.attrs.numFmtId ?? 0);
      if (isDateFormat(id, codes.get(id))) dates.add(index);
      index++;
    }
  }
  return dates;
}

interface SheetContext {
  strings: string[];
  dateStyles: Set<number>;
  date1904: boolean;
  sheetRels: Map<string, Relationship>;
}

function sheetRows(xml: string, context: SheetContext): ReadRow[] {
  const rows: ReadRow[] = [];
  let row: ReadRow | undefined;
  let cell:
    | { column: number; type: string; style: number; value: string | undefined; inline: string }
    | undefined;
  let capture: "v" | "t" | undefined;
  let inInline = false;
  let phonetic = 0;
  let nextColumn = 0;
  const links: { ref: string; target: string }[] = [];

  const finishCell = () => {
    if (!row || !cell) return;
    const value = cellValue(cell, context);
    while (row.cells.length < cell.column) row.cells.push(null);
    row.cells[cell.column] = value;
    cell = undefined;
  };

  for (const token of tokenize(xml)) {
    if (token.kind === "open") {
      switch (token.name) {
        case "row": {
          const number = Number(token.attrs.r ?? (rows.at(-1)?.number ?? 0) + 1);
          row = { number, cells: [] };
          nextColumn = 0;
          if (token.selfClosing) row = undefined;
          break;
        }
        case "c": {
          const ref = token.attrs.r ? parseRef(token.attrs.r) : undefined;
          const column = ref?.column ?? nextColumn;
          nextColumn = column + 1;
          cell = {
            column,
            type: token.attrs.t ?? "n",
            style: Number(token.attrs.s ?? 0),
            value: undefined,
            inline: "",
          };
          if (token.selfClosing) finishCell();
          break;
        }
        case "v":
          if (!token.selfClosing) capture = "v";
          break;
        case "is":
          inInline = !token.selfClosing;
          break;
        case "rPh":
          if (!token.selfClosing) phonetic++;
          break;
        case "t":
          if (inInline && !token.selfClosing) capture = "t";
          break;
        case "hyperlink": {
          const rel = context.sheetRels.get(attr(token.attrs, "id") ?? "");
          const target = rel?.target ?? (token.attrs.location ? `#${token.attrs.location}` : undefined);
          if (token.attrs.ref && target) links.push({ ref: token.attrs.ref, target });
          break;
        }
      }
    } else if (token.kind === "close") {
      if (token.name === "c") finishCell();
      else if (token.name === "row" && row) {
        // A row listed only for its height or style holds no cells; keep it out like Excel's "used range".
        if (row.cells.some((value) => value !== null)) rows.push(row);
        row = undefined;
      } else if (token.name === "v" || token.name === "t") capture = undefined;
      else if (token.name === "is") inInline = false;
      else if (token.name === "rPh") phonetic--;
    } else if (cell && capture === "v") cell.value = (cell.value ?? "") + token.text;
    else if (cell && capture === "t" && phonetic === 0) cell.inline += token.text;
  }
  attachLinks(rows, links);
  return rows;
}

function cellValue(
  cell: { type: string; style: number; value: string | undefined; inline: string },
  context: SheetContext,
): XlsxValue {
  const raw = cell.value;
  switch (cell.type) {
    case "s":
      return raw === undefined ? null : (context.strings[Number(raw)] ?? null);
    case "inlineStr":
      return decodeEscapes(cell.inline);
    case "str":
      return raw === undefined ? null : decodeEscapes(raw);
    case "b":
      return raw === undefined ? null : raw.trim() === "1" || raw.trim() === "true";
    case "e":
      return raw === undefined ? null : { error: raw };
    case "d": {
      const date =
        raw === undefined ? undefined : new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) ? raw : `${raw}Z`);
      return date && !Number.isNaN(date.getTime()) ? date : null;
    }
    default: {
      if (raw === undefined || raw.trim() === "") return null;
      const number = Number(raw);
      if (!Number.isFinite(number)) return null;
      return context.dateStyles.has(cell.style) ? serialToDate(number, context.date1904) : number;
    }
  }
}

function attachLinks(rows: ReadRow[], links: { ref: string; target: string }[]): void {
  if (links.length === 0) return;
  const byNumber = new Map(rows.map((row) => [row.number, row]));
  for (const link of links) {
    // A link may cover a range ("A1:B2"); its top-left cell is where the text is.
    const at = parseRef(link.ref.split(":")[0] ?? "");
    const row = at && byNumber.get(at.row);
    if (!at || !row) continue;
    row.links ??= new Map();
    row.links.set(at.column, link.target);
  }
}
