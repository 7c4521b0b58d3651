import { describe, expect, it } from "vitest";
import { readFirstVisibleSheet } from "./read";
import { writeZip } from "./zip";

// A workbook as other programs write it (LibreOffice, Google Sheets, the OpenXML SDK): prefixed
// elements, inline strings, formula strings, phonetic runs, 1904 dates, links without text.
const NS =
  'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const parts: Record<string, string> = {
  "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="a" Type="${REL}/officeDocument" Target="/xl/book.xml"/></Relationships>`,
  "xl/book.xml": `<?xml version="1.0"?><x:workbook ${NS}><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Mẫu" sheetId="1" state="hidden" r:id="s1"/><x:sheet name="Dữ liệu &amp; ghi chú" sheetId="2" r:id="s2"/></x:sheets></x:workbook>`,
  "xl/_rels/book.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="${REL}/worksheet" Target="sheets/a.xml"/><Relationship Id="s2" Type="${REL}/worksheet" Target="sheets/b.xml"/><Relationship Id="st" Type="${REL}/sharedStrings" Target="strings.xml"/><Relationship Id="sy" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  "xl/strings.xml": `<x:sst ${NS}><x:si><x:t>Họ tên</x:t></x:si><x:si><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">Lê </x:t></x:r><x:r><x:t>Thị Hạnh</x:t></x:r><x:rPh sb="0" eb="1"><x:t>フリガナ</x:t></x:rPh></x:si><x:si><x:t>dòng 1_x000D_
dòng 2</x:t></x:si><x:si/></x:sst>`,
  "xl/styles.xml": `<x:styleSheet ${NS}><x:numFmts count="1"><x:numFmt numFmtId="170" formatCode="[$-42A]dd/mm/yyyy;@"/></x:numFmts><x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="170"/><x:xf numFmtId="4"/></x:cellXfs></x:styleSheet>`,
  "xl/sheets/a.xml": `<x:worksheet ${NS}><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>mẫu</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
  "xl/sheets/b.xml": `<x:worksheet ${NS}><x:sheetData>
    <x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:r><x:t>Ngày</x:t></x:r><x:r><x:t> sinh</x:t></x:r></x:is></x:c></x:row>
    <x:row r="3" ht="30" customHeight="1"/>
    <x:row r="5"><x:c r="A5" t="s"><x:v>1</x:v></x:c><x:c r="B5" t="s"><x:v>2</x:v></x:c><x:c r="C5" s="1"><x:v>29659</x:v></x:c><x:c r="D5" s="2"><x:v>1234.5</x:v></x:c><x:c r="E5" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c><x:c r="F5" t="str"><x:f>A5&amp;"!"</x:f><x:v>Lê Thị Hạnh!</x:v></x:c><x:c r="G5" t="b"><x:v>1</x:v></x:c><x:c r="H5" t="s"><x:v>3</x:v></x:c><x:c r="I5"><x:f>NOW()</x:f></x:c><x:c r="J5" t="d"><x:v>1985-03-15T00:00:00</x:v></x:c></x:row>
    <x:row><x:c><x:v>7</x:v></x:c><x:c t="inlineStr"><x:is><x:t>&lt;tiếp&gt; &#x1EA0;</x:t></x:is></x:c></x:row>
  </x:sheetData><x:hyperlinks><x:hyperlink ref="H5" r:id="l1"/></x:hyperlinks></x:worksheet>`,
  "xl/sheets/_rels/b.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="l1" Type="${REL}/hyperlink" Target="mailto:hanh@hanoiedu.vn" TargetMode="External"/></Relationships>`,
};

describe("readFirstVisibleSheet on workbooks from other programs", () => {
  it("reads prefixed XML, inline and rich strings, errors, formula results, 1904 dates and links", () => {
    const bytes = writeZip(
      Object.entries(parts).map(([name, text]) => ({ name, data: new TextEncoder().encode(text) })),
    );
    const sheet = readFirstVisibleSheet(bytes);
    expect(sheet.name).toBe("Dữ liệu & ghi chú");
    expect(sheet.rows.map((row) => row.number)).toEqual([2, 5, 6]);
    expect(sheet.rows[0]!.cells).toEqual(["Họ tên", null, "Ngày sinh"]);
    expect(sheet.rows[1]!.cells).toEqual([
      "Lê Thị Hạnh",
      "dòng 1\r\ndòng 2",
      // 29659 days after 1904-01-01.
      new Date(Date.UTC(1985, 2, 15)),
      1234.5,
      { error: "#DIV/0!" },
      "Lê Thị Hạnh!",
      true,
      "",
      null,
      new Date(Date.UTC(1985, 2, 15)),
    ]);
    expect(sheet.rows[1]!.links).toEqual(new Map([[7, "mailto:hanh@hanoiedu.vn"]]));
    expect(sheet.rows[2]!.cells).toEqual([7, "<tiếp> Ạ"]);
  });

  it("gives an empty sheet for a workbook without sheets", () => {
    const only = {
      "_rels/.rels": parts["_rels/.rels"]!,
      "xl/book.xml": `<x:workbook ${NS}><x:sheets/></x:workbook>`,
    };
    const bytes = writeZip(
      Object.entries(only).map(([name, text]) => ({ name, data: new TextEncoder().encode(text) })),
    );
    expect(readFirstVisibleSheet(bytes)).toEqual({ name: "", rows: [] });
  });
});
