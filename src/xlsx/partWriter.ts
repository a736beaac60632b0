import { crc32 } from "./crc32";
import type { DeflatedData } from "./zipWriter";

/**
 * Raw deflate of one piece of a part. A piece that is not `last` must end in a sync flush (byte-aligned, no final
 * block), so that the pieces, each compressed on its own, join into one valid deflate stream: in Node
 * `deflateRawSync(data, { finishFlush: Z_SYNC_FLUSH })`, and the last piece a plain `deflateRawSync(data)`.
 * The function must not keep `data`: the writer reuses its bytes for the next piece.
 */
export type DeflatePiece = (data: Uint8Array, last: boolean) => Uint8Array;

/** Bytes gathered before a piece is compressed: enough to compress well (deflate looks back 32 KB at most). */
const PIECE_BYTES = 256 * 1024;
/** Text encoded at once: at most 3 bytes per UTF-16 unit, so a slice always fits an empty piece. */
const SLICE_CHARS = PIECE_BYTES / 4;
const encoder = new TextEncoder();

/** Cuts `text` at `end`, or one unit earlier so that a surrogate pair stays whole. */
function sliceEnd(text: string, end: number): number {
  if (end >= text.length) return text.length;
  const unit = text.charCodeAt(end - 1);
  return unit >= 0xd800 && unit <= 0xdbff ? end - 1 : end;
}

/**
 * A package part written as text in many small writes, encoded into one reused buffer and compressed a piece at a
 * time: a sheet of 100 000 rows never exists as one string or one byte array, only its compressed form does, and
 * the writing leaves no large strings behind for the garbage collector.
 */
export class PartWriter {
  private readonly buffer = new Uint8Array(PIECE_BYTES);
  private used = 0;
  private pieces: Uint8Array[] = [];
  private compressedLength = 0;
  private crc = 0;
  private size = 0;

  constructor(private readonly deflate: DeflatePiece) {}

  write(text: string): void {
    for (let at = 0; at < text.length; ) {
      const end = sliceEnd(text, at + SLICE_CHARS);
      const slice = at === 0 && end === text.length ? text : text.slice(at, end);
      if (this.used + slice.length * 3 > PIECE_BYTES) this.flush(false);
      this.used += encoder.encodeInto(slice, this.buffer.subarray(this.used)).written;
      at = end;
    }
  }

  /** The compressed part; the writer cannot be used after this. */
  end(): DeflatedData {
    this.flush(true);
    const compressed = new Uint8Array(this.compressedLength);
    let at = 0;
    for (const piece of this.pieces) {
      compressed.set(piece, at);
      at += piece.length;
    }
    this.pieces = [];
    return { compressed, crc: this.crc, size: this.size };
  }

  private flush(last: boolean): void {
    const bytes = this.buffer.subarray(0, this.used);
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    const piece = this.deflate(bytes, last);
    this.pieces.push(piece);
    this.compressedLength += piece.length;
    this.used = 0;
  }
}

/** A whole part from one string (the small parts: workbook, styles, relationships). */
export function deflatedText(text: string, deflate: DeflatePiece): DeflatedData {
  const writer = new PartWriter(deflate);
  writer.write(text);
  return writer.end();
}
