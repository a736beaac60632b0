import type { ReadReturn } from "./returnReader";

/** Larger than any real return; a bigger file is refused before it is read into memory. */
export const MAX_RETURN_BYTES = 50 * 1024 * 1024;

function bytesOf(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/**
 * Reads the files the user picked, in the browser: nothing is uploaded or sent. The reader is loaded on first use,
 * so the pane's first screen does not carry it.
 */
export async function readReturnFiles(files: readonly File[]): Promise<ReadReturn[]> {
  const { readReturnBytes } = await import(/* webpackChunkName: "retouren" */ "./returnReader");
  const out: ReadReturn[] = [];
  for (const file of files) {
    if (file.size > MAX_RETURN_BYTES) {
      const mb = Math.round(file.size / 1024 / 1024);
      out.push({ ok: false, file: file.name, message: { nl: `'${file.name}' is ${mb} MB groot; dat is te groot voor een retour.`, en: `'${file.name}' is ${mb} MB, too large for a return.` } });
      continue;
    }
    out.push(readReturnBytes(await bytesOf(file), file.name));
  }
  return out;
}
