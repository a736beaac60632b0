import { crc32 } from "./crc32";
import { XlsxError } from "./errors";
import { dataOffset, type ZipArchive, type ZipEntry } from "./zip";

/** Raw deflate (zip method 8), injected like `InflateRaw`: `zlib.deflateRawSync` in Node, a pure-JS deflate in a browser. */
export type DeflateRaw = (data: Uint8Array) => Uint8Array;

/** Content compressed beforehand (raw deflate), with the CRC-32 and length of what it holds. */
export interface DeflatedData {
  compressed: Uint8Array;
  crc: number;
  size: number;
  /** The content as it is (method 0): deflating a small part can make it larger. */
  stored?: boolean;
}

/** An entry of the new archive: copied byte for byte from the original, new content, or new content already deflated. */
export type ZipOutputEntry = { copy: ZipEntry } | { name: string; data: Uint8Array } | { name: string; deflated: DeflatedData };

const encoder = new TextEncoder();
const DATA_DESCRIPTOR = 0x08074b50;
// 1 January 1980 00:00 in DOS format (date word 0x0021): fixed, so equal content gives equal bytes.
const DOS_TIME = 0;
const DOS_DATE = 0x21;

class ByteSink {
  private chunks: Uint8Array[] = [];
  length = 0;
  push(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.length += bytes.length;
  }
  concat(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

function header(size: number): { bytes: Uint8Array; view: DataView } {
  const bytes = new Uint8Array(size);
  return { bytes, view: new DataView(bytes.buffer) };
}

/** Length of an entry's local record: header, data, and the data descriptor when flag bit 3 says there is one. */
function localRecordEnd(zip: ZipArchive, entry: ZipEntry): number {
  let end = dataOffset(zip, entry) + entry.compressedSize;
  if (entry.flags & 8) {
    const b = zip.bytes;
    const signed = end + 4 <= b.length && (b[end] | (b[end + 1] << 8) | (b[end + 2] << 16) | (b[end + 3] << 24)) >>> 0 === DATA_DESCRIPTOR;
    end += signed ? 16 : 12;
  }
  if (end > zip.bytes.length) throw new XlsxError("broken", entry.name, "truncated");
  return end;
}

/** A part's content ready for the archive: deflated, or stored as it is when deflating would not make it smaller. */
export function deflatePart(content: Uint8Array, deflateRaw: DeflateRaw): DeflatedData {
  const compressed = deflateRaw(content);
  const stored = compressed.length >= content.length;
  return { stored, compressed: stored ? content : compressed, crc: crc32(content), size: content.length };
}

/**
 * Writes a zip: copied entries keep their local record (header, compressed data, descriptor) and their central
 * record byte for byte, only the offset moves; new entries are deflated with the injected function.
 */
export function writeZip(original: ZipArchive, entries: readonly ZipOutputEntry[], deflateRaw: DeflateRaw): Uint8Array {
  const body = new ByteSink();
  const central = new ByteSink();
  for (const entry of entries) {
    const offset = body.length;
    if ("copy" in entry) {
      const source = entry.copy;
      body.push(original.bytes.subarray(source.localOffset, localRecordEnd(original, source)));
      const record = original.bytes.slice(source.centralOffset, source.centralOffset + source.centralLength);
      new DataView(record.buffer).setUint32(42, offset, true);
      central.push(record);
      continue;
    }
    const name = encoder.encode(entry.name);
    const { stored = false, compressed: data, crc, size } = "deflated" in entry ? entry.deflated : deflatePart(entry.data, deflateRaw);
    const flags = /[^\x20-\x7e]/.test(entry.name) ? 0x0800 : 0;
    const local = header(30);
    local.view.setUint32(0, 0x04034b50, true);
    local.view.setUint16(4, 20, true);
    local.view.setUint16(6, flags, true);
    local.view.setUint16(8, stored ? 0 : 8, true);
    local.view.setUint16(10, DOS_TIME, true);
    local.view.setUint16(12, DOS_DATE, true);
    local.view.setUint32(14, crc, true);
    local.view.setUint32(18, data.length, true);
    local.view.setUint32(22, size, true);
    local.view.setUint16(26, name.length, true);
    body.push(local.bytes);
    body.push(name);
    body.push(data);
    const record = header(46);
    record.view.setUint32(0, 0x02014b50, true);
    record.view.setUint16(4, 20, true);
    record.view.setUint16(6, 20, true);
    record.view.setUint16(8, flags, true);
    record.view.setUint16(10, stored ? 0 : 8, true);
    record.view.setUint16(12, DOS_TIME, true);
    record.view.setUint16(14, DOS_DATE, true);
    record.view.setUint32(16, crc, true);
    record.view.setUint32(20, data.length, true);
    record.view.setUint32(24, size, true);
    record.view.setUint16(28, name.length, true);
    record.view.setUint32(42, offset, true);
    central.push(record.bytes);
    central.push(name);
  }
  if (entries.length > 0xfffe || body.length + central.length > 0xfffffff0) throw new XlsxError("zip64", undefined, "the written package would need zip64");
  const end = header(22);
  end.view.setUint32(0, 0x06054b50, true);
  end.view.setUint16(8, entries.length, true);
  end.view.setUint16(10, entries.length, true);
  end.view.setUint32(12, central.length, true);
  end.view.setUint32(16, body.length, true);
  end.view.setUint16(20, original.comment.length, true);
  const directory = central.concat();
  body.push(directory);
  body.push(end.bytes);
  body.push(original.comment);
  return body.concat();
}

/** A fresh archive of new entries only (tests and generated workbooks). */
export function buildZip(files: readonly { name: string; data: Uint8Array | string }[], deflateRaw: DeflateRaw): Uint8Array {
  const empty: ZipArchive = { bytes: new Uint8Array(0), entries: [], byName: new Map(), comment: new Uint8Array(0) };
  return writeZip(
    empty,
    files.map((f) => ({ name: f.name, data: typeof f.data === "string" ? encoder.encode(f.data) : f.data })),
    deflateRaw,
  );
}
