import { constants, deflateRawSync } from "node:zlib";
import type { DeflatePiece } from "../xlsx/partWriter";
import type { DeflateRaw } from "../xlsx/zipWriter";

/** zlib's raw deflate of a whole part. */
export const nodeDeflateRaw: DeflateRaw = (data) => new Uint8Array(deflateRawSync(data));

/** zlib's raw deflate a piece at a time: every piece but the last ends in a sync flush, so the pieces join into one stream. */
export const nodeDeflatePiece: DeflatePiece = (data, last) => deflateRawSync(data, last ? {} : { finishFlush: constants.Z_SYNC_FLUSH });
