import { crc32 } from "./crc32";
import type { DeflatedData } from "./zipWriter";

/**
 * Raw deflate of one piece of a part. A piece that is not `last` must end in a sync flush (byte-aligned, no final
 * block), so that the pieces, each compressed on its own, join into one valid deflate stream: in Node
 * `deflateRawSync(data, { finishFlush: Z_SYNC_FLUSH })`, and the last piece a plain `deflateRawSync(data)`.
 */
export type DeflatePiece = (data: Uint8Array, last: boolean) => Uint8Array;

/** Characters gathered before a piece is encoded and compressed: big enough to compress well, small beside a sheet. */
const PIECE_CHARS = 1 << 20;
const encoder = new TextEncoder();

/**
 * A package part written as text in many small writes and compressed a piece at a time: a sheet of 100 000 rows
 * never exists as one string or one byte array, only its compressed form does.
 */
export class PartWriter {
  private pending: string[] = [];
  private pendingChars = 0;
  private pieces: Uint8Array[] = [];
  private compressedLength = 0;
  private crc = 0;
  private size = 0;

  constructor(private readonly deflate: DeflatePiece) {}

  write(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= PIECE_CHARS) this.flush(false);
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
    const bytes = encoder.encode(this.pending.join(""));
    this.pending = [];
    this.pendingChars = 0;
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    const piece = this.deflate(bytes, last);
    this.pieces.push(piece);
    this.compressedLength += piece.length;
  }
}

/** A whole part from one string (the small parts: workbook, styles, relationships). */
export function deflatedText(text: string, deflate: DeflatePiece): DeflatedData {
  const writer = new PartWriter(deflate);
  writer.write(text);
  return writer.end();
}
