/** What the first bytes of an upload say it is, whatever its name or Content-Type claims. */
export type SniffedKind = "xlsx" | "legacy-xls" | "utf16" | "text";

export function sniffFile(bytes: Uint8Array): SniffedKind {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  // An .xlsx is a zip archive ("PK\3\4"); an .xls is an OLE compound file.
  if (b0 === 0x50 && b1 === 0x4b && b2 === 0x03 && b3 === 0x04) return "xlsx";
  if (b0 === 0xd0 && b1 === 0xcf && b2 === 0x11 && b3 === 0xe0) return "legacy-xls";
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return "utf16";
  // UTF-16 without a byte-order mark still puts a zero byte beside every ASCII letter; text never has one.
  const head = bytes.subarray(0, 1024);
  if (head.includes(0)) return "utf16";
  return "text";
}
