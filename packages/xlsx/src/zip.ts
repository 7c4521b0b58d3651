import { deflateRawSync, inflateRawSync } from "node:zlib";
import { crc32 } from "./crc32";
import { XlsxError } from "./errors";

/**
 * The subset of ZIP an .xlsx needs: stored or deflated entries, UTF-8 names, no encryption, no ZIP64
 * (a member list never nears 4 GB). Reading trusts the central directory, which is what Excel does.
 */
export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8_NAMES = 0x0800;
// 1980-01-01 00:00, the earliest DOS date: fixed so the same sheet always gives the same bytes.
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const packed = deflateRawSync(entry.data);
    const crc = crc32(entry.data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, LOCAL, true);
    local.setUint16(4, 20, true); // version needed: 2.0 (deflate)
    local.setUint16(6, UTF8_NAMES, true);
    local.setUint16(8, 8, true); // deflate
    local.setUint16(12, DOS_DATE, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, packed.length, true);
    local.setUint32(22, entry.data.length, true);
    local.setUint16(26, name.length, true);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, CENTRAL, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint16(8, UTF8_NAMES, true);
    central.setUint16(10, 8, true);
    central.setUint16(14, DOS_DATE, true);
    central.setUint32(16, crc, true);
    central.setUint32(20, packed.length, true);
    central.setUint32(24, entry.data.length, true);
    central.setUint16(28, name.length, true);
    central.setUint32(42, offset, true);
    locals.push(new Uint8Array(local.buffer), name, packed);
    centrals.push(new Uint8Array(central.buffer), name);
    offset += 30 + name.length + packed.length;
  }
  const directorySize = centrals.reduce((sum, part) => sum + part.length, 0);
  if (offset + directorySize > 0xffffffff) throw new XlsxError("too_large", "workbook over 4 GB");
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, END, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, directorySize, true);
  end.setUint32(16, offset, true);
  return concat([...locals, ...centrals, new Uint8Array(end.buffer)]);
}

export interface ReadZipOptions {
  /** Refuse archives that would inflate beyond this many bytes in total (a "zip bomb"). */
  maxBytes?: number;
}

/** Entry name → inflated bytes. Throws XlsxError for anything that is not a readable archive. */
export function readZip(bytes: Uint8Array, options: ReadZipOptions = {}): Map<string, Uint8Array> {
  const maxBytes = options.maxBytes ?? 200 * 1024 * 1024;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== LOCAL)
    throw new XlsxError("not_zip", "not a zip file");
  const endAt = findEnd(view);
  const count = view.getUint16(endAt + 10, true);
  let at = view.getUint32(endAt + 16, true);
  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (let i = 0; i < count; i++) {
    need(view, at, 46);
    if (view.getUint32(at, true) !== CENTRAL) throw new XlsxError("corrupt", "bad central directory");
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const packedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const localAt = view.getUint32(at + 42, true);
    need(view, at + 46, nameLength);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + skip;
    if (flags & 1) throw new XlsxError("unsupported", "encrypted entry");
    if (name.endsWith("/")) continue;
    total += size;
    if (total > maxBytes) throw new XlsxError("too_large", "archive inflates beyond the limit");
    need(view, localAt, 30);
    if (view.getUint32(localAt, true) !== LOCAL) throw new XlsxError("corrupt", `bad local header: ${name}`);
    const dataAt = localAt + 30 + view.getUint16(localAt + 26, true) + view.getUint16(localAt + 28, true);
    need(view, dataAt, packedSize);
    const packed = bytes.subarray(dataAt, dataAt + packedSize);
    const data = inflate(method, packed, size, name);
    if (data.length !== size || crc32(data) !== crc)
      throw new XlsxError("corrupt", `checksum mismatch: ${name}`);
    files.set(name, data);
  }
  return files;
}

function inflate(method: number, packed: Uint8Array, size: number, name: string): Uint8Array {
  if (method === 0) return packed;
  if (method !== 8) throw new XlsxError("unsupported", `compression method ${method}: ${name}`);
  try {
    // The declared size bounds the output, so a lying header cannot make it balloon.
    return new Uint8Array(inflateRawSync(packed, { maxOutputLength: Math.max(size, 1) }));
  } catch {
    throw new XlsxError("corrupt", `cannot inflate ${name}`);
  }
}

/** The end-of-central-directory record sits in the last 22 bytes plus up to 64 KB of comment. */
function findEnd(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= Math.max(0, last - 0xffff); at--) if (view.getUint32(at, true) === END) return at;
  throw new XlsxError("corrupt", "no end of central directory");
}

function need(view: DataView, at: number, length: number): void {
  if (at + length > view.byteLength) throw new XlsxError("corrupt", "truncated archive");
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
