import { crc32 } from "./crc32";
import { XlsxError } from "./errors";

/**
 * Inflates raw deflate data (zip method 8), synchronously. Injected so that the reader runs unchanged in Node
 * (`zlib.inflateRawSync` with `maxOutputLength`) and in a browser, where it takes a pure-JS inflate (fflate's
 * `inflateSync`, for instance); the browser's own `DecompressionStream("deflate-raw")` is asynchronous, so with it
 * the parts are inflated first and handed over through a function that looks them up.
 * It must never return more than `expectedSize + 1` bytes: throwing or stopping early is fine, the reader
 * checks the length and the checksum.
 */
export type InflateRaw = (data: Uint8Array, expectedSize: number) => Uint8Array;

export interface ZipLimits {
  maxEntries: number;
  /** Largest uncompressed size of one entry. */
  maxEntrySize: number;
  /** Largest sum of the uncompressed sizes the central directory declares. */
  maxTotalSize: number;
  /** Largest size ÷ compressed size for entries over 1 MB (deflate itself tops out near 1 032). */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntrySize: 256 * 1024 * 1024,
  maxTotalSize: 1024 * 1024 * 1024,
  maxRatio: 1_000,
};

export interface ZipEntry {
  /** The part name as stored, without a leading slash. */
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the local file header. */
  localOffset: number;
  /** Offset and length of the whole central-directory record, for a byte-exact copy. */
  centralOffset: number;
  centralLength: number;
}

export interface ZipArchive {
  bytes: Uint8Array;
  entries: ZipEntry[];
  /** Entries by lower-case part name: OPC part names compare case-insensitively. */
  byName: Map<string, ZipEntry>;
  /** The archive comment, kept by the patcher. */
  comment: Uint8Array;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const utf8 = new TextDecoder("utf-8", { fatal: false });

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

function findEndOfDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (bytes[i] === 0x50 && u32(bytes, i) === EOCD && i + 22 + u16(bytes, i + 20) <= bytes.length) return i;
  }
  return -1;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 22 && findEndOfDirectory(bytes) >= 0;
}

/** Reads the central directory, within limits; refuses zip64 and encrypted entries by name. */
export function openZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipArchive {
  const eocd = findEndOfDirectory(bytes);
  if (eocd < 0) throw new XlsxError("not-zip");
  const count = u16(bytes, eocd + 10);
  const directorySize = u32(bytes, eocd + 12);
  const directoryOffset = u32(bytes, eocd + 16);
  if ((eocd >= 20 && u32(bytes, eocd - 20) === ZIP64_LOCATOR) || count === 0xffff || directoryOffset === 0xffffffff || directorySize === 0xffffffff) {
    throw new XlsxError("zip64");
  }
  if (count > limits.maxEntries) throw new XlsxError("too-large", undefined, `${count} entries`);
  if (directoryOffset + directorySize > eocd) throw new XlsxError("broken", undefined, "central directory outside the file");
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let total = 0;
  let p = directoryOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || u32(bytes, p) !== CENTRAL) throw new XlsxError("broken", undefined, `central record ${n}`);
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const commentLength = u16(bytes, p + 32);
    const length = 46 + nameLength + extraLength + commentLength;
    if (p + length > eocd) throw new XlsxError("broken", undefined, `central record ${n} too long`);
    const entry: ZipEntry = {
      name: utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength)).replace(/^\/+/, ""),
      flags: u16(bytes, p + 8),
      method: u16(bytes, p + 10),
      crc: u32(bytes, p + 16),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      localOffset: u32(bytes, p + 42),
      centralOffset: p,
      centralLength: length,
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff) throw new XlsxError("zip64", entry.name);
    if (entry.flags & 1) throw new XlsxError("encrypted-entry", entry.name);
    if (entry.size > limits.maxEntrySize) throw new XlsxError("too-large", entry.name, `${entry.size} bytes`);
    total += entry.size;
    if (total > limits.maxTotalSize) throw new XlsxError("too-large", undefined, `${total} bytes in all`);
    if (entry.size > 1024 * 1024 && entry.size > limits.maxRatio * Math.max(1, entry.compressedSize)) throw new XlsxError("too-large", entry.name, "compression ratio");
    const key = entry.name.toLowerCase();
    if (byName.has(key)) throw new XlsxError("broken", entry.name, "the same part twice");
    byName.set(key, entry);
    entries.push(entry);
    p += length;
  }
  const commentLength = u16(bytes, eocd + 20);
  return { bytes, entries, byName, comment: bytes.subarray(eocd + 22, eocd + 22 + commentLength) };
}

/** Offset of an entry's data, after its local header (whose name and extra field may differ from the central ones). */
export function dataOffset(zip: ZipArchive, entry: ZipEntry): number {
  const at = entry.localOffset;
  if (at + 30 > zip.bytes.length || u32(zip.bytes, at) !== LOCAL) throw new XlsxError("broken", entry.name, "local header");
  const start = at + 30 + u16(zip.bytes, at + 26) + u16(zip.bytes, at + 28);
  if (start + entry.compressedSize > zip.bytes.length) throw new XlsxError("broken", entry.name, "truncated");
  return start;
}

/** The entry's stored (compressed) bytes, unchanged. */
export function rawData(zip: ZipArchive, entry: ZipEntry): Uint8Array {
  const start = dataOffset(zip, entry);
  return zip.bytes.subarray(start, start + entry.compressedSize);
}

/** The entry's content, inflated and checked against its declared size and CRC-32. */
export function readEntry(zip: ZipArchive, entry: ZipEntry, inflateRaw: InflateRaw): Uint8Array {
  const raw = rawData(zip, entry);
  let data: Uint8Array;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8) {
    try {
      data = inflateRaw(raw, entry.size);
    } catch (error) {
      throw new XlsxError("broken", entry.name, `inflate: ${error instanceof Error ? error.message : String(error)}`);
    }
  } else throw new XlsxError("broken", entry.name, `compression method ${entry.method}`);
  if (data.length !== entry.size) throw new XlsxError("broken", entry.name, `size ${data.length} instead of ${entry.size}`);
  if (crc32(data) !== entry.crc) throw new XlsxError("broken", entry.name, "checksum");
  return data;
}

/** Looks a part up by name (case-insensitive, with or without a leading slash). */
export function findEntry(zip: ZipArchive, name: string): ZipEntry | undefined {
  return zip.byName.get(name.replace(/^\/+/, "").toLowerCase());
}
