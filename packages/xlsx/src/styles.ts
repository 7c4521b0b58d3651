import { escapeXml } from "./xml";

/** A cell's look, as the writer supports it: bold, a larger size, a number format. */
export interface CellStyle {
  bold?: boolean;
  size?: number;
  numFmt?: string;
}

// Formats Excel knows by number; anything else is declared in styles.xml from id 164 on.
const BUILT_IN: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

/** Collects the distinct styles a sheet uses and numbers them, then writes styles.xml. */
export class StyleTable {
  private readonly fonts = ["11|0"];
  private readonly formats = new Map<string, number>();
  private readonly xfs = ["0|0"];
  private readonly byKey = new Map<string, number>([["||", 0]]);

  /** The `s` index for a style; 0 is the default. */
  index(style: CellStyle): number {
    const key = `${style.bold ? 1 : ""}|${style.size ?? ""}|${style.numFmt ?? ""}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const font = this.font(style.size ?? 11, style.bold === true);
    const numFmt = style.numFmt === undefined ? 0 : this.format(style.numFmt);
    this.xfs.push(`${font}|${numFmt}`);
    this.byKey.set(key, this.xfs.length - 1);
    return this.xfs.length - 1;
  }

  private font(size: number, bold: boolean): number {
    const key = `${size}|${bold ? 1 : 0}`;
    const at = this.fonts.indexOf(key);
    if (at !== -1) return at;
    this.fonts.push(key);
    return this.fonts.length - 1;
  }

  private format(code: string): number {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = 164 + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  xml(): string {
    const formats = [...this.formats]
      .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
      .join("");
    const fonts = this.fonts
      .map((key) => {
        const [size, bold] = key.split("|");
        return `<font>${bold === "1" ? "<b/>" : ""}<sz val="${size}"/><name val="Calibri"/><family val="2"/></font>`;
      })
      .join("");
    const xfs = this.xfs
      .map((key) => {
        const [font, numFmt] = key.split("|");
        const apply = `${font !== "0" ? ' applyFont="1"' : ""}${numFmt !== "0" ? ' applyNumberFormat="1"' : ""}`;
        return `<xf numFmtId="${numFmt}" fontId="${font}" fillId="0" borderId="0" xfId="0"${apply}/>`;
      })
      .join("");
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (this.formats.size > 0 ? `<numFmts count="${this.formats.size}">${formats}</numFmts>` : "") +
      `<fonts count="${this.fonts.length}">${fonts}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${xfs}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      "</styleSheet>"
    );
  }
}
