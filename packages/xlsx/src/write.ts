import { columnLetters } from "./cell-ref";
import { dateToSerial } from "./dates";
import { sheetName } from "./sheet-name";
import { type CellStyle, StyleTable } from "./styles";
import { escapeXml } from "./xml";
import { writeZip } from "./zip";

export type XlsxCell = string | number | boolean | Date | null | undefined;

export interface XlsxRow {
  cells: XlsxCell[];
  bold?: boolean;
}

export interface XlsxColumn {
  /** Width in characters, as Excel shows it. */
  width?: number;
  /** Number format of the column's data cells, e.g. "0.0", "#,##0", "dd/mm/yyyy" or "@" (text). */
  numFmt?: string;
}

export interface XlsxSheet {
  /** Cleaned to what Excel accepts (see sheetName). */
  name: string;
  /** A bold, larger line above the table (what the report is about), then an empty row. */
  title?: string;
  /** Column labels, bold. */
  header?: string[];
  rows: (XlsxCell[] | XlsxRow)[];
  /** By column position. */
  columns?: XlsxColumn[];
  /** Keep the header row in view when scrolling. */
  freezeHeader?: boolean;
  /** Filter buttons on the header row. */
  autoFilter?: boolean;
}

export interface XlsxWorkbook {
  sheets: XlsxSheet[];
}

const DEFAULT_DATE_FORMAT = "dd/mm/yyyy";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A workbook as .xlsx bytes. Strings are always text, never formulas, whatever they start with. */
export function writeXlsx(workbook: XlsxWorkbook | XlsxSheet): Uint8Array {
  const sheets = "sheets" in workbook ? workbook.sheets : [workbook];
  if (sheets.length === 0) throw new Error("a workbook needs at least one sheet");
  const styles = new StyleTable();
  const strings = new SharedStrings();
  const taken = new Set<string>();
  const names = sheets.map((sheet) => {
    const name = sheetName(sheet.name, taken);
    taken.add(name);
    return name;
  });
  const files = [
    { name: "[Content_Types].xml", text: contentTypes(sheets.length) },
    {
      name: "_rels/.rels",
      text: `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    { name: "xl/workbook.xml", text: workbookXml(sheets, names) },
    { name: "xl/_rels/workbook.xml.rels", text: workbookRels(sheets.length) },
    ...sheets.map((sheet, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      text: sheetXml(sheet, styles, strings),
    })),
  ];
  // Styles and strings are complete only once every sheet is written.
  files.push(
    { name: "xl/styles.xml", text: styles.xml() },
    { name: "xl/sharedStrings.xml", text: strings.xml() },
  );
  const encoder = new TextEncoder();
  return writeZip(files.map((file) => ({ name: file.name, data: encoder.encode(file.text) })));
}

class SharedStrings {
  private readonly index = new Map<string, number>();
  private count = 0;

  add(text: string): number {
    this.count++;
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.index.size;
      this.index.set(text, at);
    }
    return at;
  }

  xml(): string {
    const items = [...this.index.keys()].map((text) => `<si>${textElement(text)}</si>`).join("");
    return `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.count}" uniqueCount="${this.index.size}">${items}</sst>`;
  }
}

function textElement(text: string): string {
  // Leading/trailing spaces and line breaks survive only when declared significant.
  const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<t${preserve}>${escapeXml(text.normalize("NFC"))}</t>`;
}

function sheetXml(sheet: XlsxSheet, styles: StyleTable, strings: SharedStrings): string {
  const columns = sheet.columns ?? [];
  const lines: string[] = [];
  // A styled row also carries its style, so cells typed into it later (and readers that look at
  // the row, like exceljs's row.font) see it too.
  const rowXml = (
    cells: XlsxCell[],
    rowStyle: CellStyle,
    style: (column: number, cell: XlsxCell) => CellStyle,
  ) => {
    const r = lines.length + 1;
    const s = styles.index(rowStyle);
    const parts = cells.map((cell, column) =>
      cellXml(`${columnLetters(column)}${r}`, cell, style(column, cell)),
    );
    lines.push(`<row r="${r}"${s === 0 ? "" : ` s="${s}" customFormat="1"`}>${parts.join("")}</row>`);
  };
  const title = { bold: true, size: 14 };
  if (sheet.title !== undefined) {
    rowXml([sheet.title], title, () => title);
    rowXml([], {}, () => ({}));
  }
  const headerRow = sheet.header ? lines.length + 1 : undefined;
  if (sheet.header) rowXml(sheet.header, { bold: true }, () => ({ bold: true }));
  for (const row of sheet.rows) {
    const { cells, bold } = Array.isArray(row) ? { cells: row, bold: false } : row;
    rowXml(cells, { bold }, (column, cell) => ({
      bold,
      numFmt: columns[column]?.numFmt ?? (cell instanceof Date ? DEFAULT_DATE_FORMAT : undefined),
    }));
  }

  function cellXml(ref: string, cell: XlsxCell, style: CellStyle): string {
    const s = styles.index(style);
    const styleAttr = s === 0 ? "" : ` s="${s}"`;
    if (cell === null || cell === undefined || (typeof cell === "number" && !Number.isFinite(cell)))
      return s === 0 ? "" : `<c r="${ref}"${styleAttr}/>`;
    if (typeof cell === "string") return `<c r="${ref}"${styleAttr} t="s"><v>${strings.add(cell)}</v></c>`;
    if (typeof cell === "boolean") return `<c r="${ref}"${styleAttr} t="b"><v>${cell ? 1 : 0}</v></c>`;
    const value = cell instanceof Date ? dateToSerial(cell) : cell;
    if (!Number.isFinite(value)) return "";
    return `<c r="${ref}"${styleAttr}><v>${value}</v></c>`;
  }

  const width = Math.max(sheet.header?.length ?? 0, columns.length, 1);
  const lastRef = `${columnLetters(width - 1)}${Math.max(lines.length, 1)}`;
  const view =
    sheet.freezeHeader && headerRow
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>`
      : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const cols = columns
    .map((column, i) => {
      if (column.width === undefined && column.numFmt === undefined) return "";
      const width = column.width === undefined ? "" : ` width="${column.width}" customWidth="1"`;
      const style = column.numFmt === undefined ? "" : ` style="${styles.index({ numFmt: column.numFmt })}"`;
      return `<col min="${i + 1}" max="${i + 1}"${width}${style}/>`;
    })
    .join("");
  const filter =
    sheet.autoFilter && headerRow && sheet.header
      ? `<autoFilter ref="A${headerRow}:${columnLetters(sheet.header.length - 1)}${headerRow}"/>`
      : "";
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<dimension ref="A1:${lastRef}"/>${view}<sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${lines.join("")}</sheetData>${filter}` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

function workbookXml(sheets: XlsxSheet[], names: string[]): string {
  const list = names
    .map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  // Excel expects the hidden _FilterDatabase name for every sheet with filter buttons.
  const filters = sheets
    .map((sheet, i) => {
      if (!sheet.autoFilter || !sheet.header) return "";
      const row = sheet.title !== undefined ? 3 : 1;
      const range = `$A$${row}:$${columnLetters(sheet.header.length - 1)}$${row}`;
      const quoted = `'${names[i]!.replace(/'/g, "''")}'`;
      return `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(`${quoted}!${range}`)}</definedName>`;
    })
    .join("");
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews>` +
    `<sheets>${list}</sheets>${filters ? `<definedNames>${filters}</definedNames>` : ""}</workbook>`
  );
}

function workbookRels(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join("");
  return (
    `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${sheets}` +
    `<Relationship Id="rId${count + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${count + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
  );
}

function contentTypes(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join("");
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    "</Types>"
  );
}
