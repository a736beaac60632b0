import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { CliError } from "./cliError";

/** Largest workbook the command line reads: far above any real activity overview, far below the memory budget. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

function code(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
}

/** A system error in words a civil servant understands, without its code. */
function reason(error: unknown): { nl: string; en: string } {
  switch (code(error)) {
    case "ENOENT":
    case "ENOTDIR":
      return { nl: "de map bestaat niet", en: "the folder does not exist" };
    case "EACCES":
    case "EPERM":
      return { nl: "u hebt daar geen schrijfrechten", en: "you have no permission to write there" };
    case "ENOSPC":
    case "EDQUOT":
      return { nl: "de schijf is vol", en: "the disk is full" };
    case "EROFS":
      return { nl: "de schijf is alleen-lezen", en: "the disk is read-only" };
    case "ENAMETOOLONG":
      return { nl: "de naam is te lang", en: "the name is too long" };
    case "EISDIR":
      return { nl: "er staat een map met die naam", en: "a folder has that name" };
    case "EBUSY":
    case "ETXTBSY":
      return { nl: "het bestand is in gebruik (is het geopend in Excel?)", en: "the file is in use (is it open in Excel?)" };
    default:
      return { nl: "het schrijven is mislukt", en: "writing failed" };
  }
}

function notRegular(path: string, stats: Stats): CliError {
  if (stats.isDirectory()) return new CliError(`'${path}' is een map, geen bestand.`, `'${path}' is a folder, not a file.`);
  return new CliError(
    `'${path}' is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp); alleen een opgeslagen werkmap kan worden gelezen of geschreven.`,
    `'${path}' is not a regular file (but a device or a pipe, for instance); only a saved workbook can be read or written.`,
  );
}

/**
 * Reads a workbook file whole. Refuses anything that is not a regular file before reading a byte: the
 * file is opened without blocking (a pipe would otherwise wait forever) and checked on the open handle,
 * so it cannot be swapped between the check and the read.
 */
export function readInputFile(path: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const c = code(error);
    if (c === "ENOENT" || c === "ENOTDIR") throw new CliError(`Het bestand '${path}' bestaat niet.`, `The file '${path}' does not exist.`);
    if (c === "EACCES" || c === "EPERM") throw new CliError(`U hebt geen leesrechten op '${path}'.`, `You have no permission to read '${path}'.`);
    if (c === "EISDIR") throw new CliError(`'${path}' is een map, geen bestand.`, `'${path}' is a folder, not a file.`);
    throw new CliError(`Het bestand '${path}' kan niet worden geopend.`, `The file '${path}' cannot be opened.`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw notRegular(path, stats);
    if (stats.size > MAX_INPUT_BYTES) {
      throw new CliError(
        `'${path}' is ${Math.round(stats.size / 1024 / 1024)} MB groot; meer dan ${MAX_INPUT_BYTES / 1024 / 1024} MB leest de opdrachtregel niet.`,
        `'${path}' is ${Math.round(stats.size / 1024 / 1024)} MB; the command line does not read more than ${MAX_INPUT_BYTES / 1024 / 1024} MB.`,
      );
    }
    const bytes = new Uint8Array(stats.size);
    let offset = 0;
    while (offset < bytes.length) {
      const read = readSync(fd, bytes, offset, bytes.length - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return offset === bytes.length ? bytes : bytes.subarray(0, offset);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`Het bestand '${path}' kan niet worden gelezen.`, `The file '${path}' cannot be read.`);
  } finally {
    closeSync(fd);
  }
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/**
 * Decides whether `output` may be written, given the files that were read. Compares file identity
 * (device and inode, through symlinks, hard links, `./` and a different case on a case-insensitive disk),
 * not path strings; refuses a folder or device as output, a missing folder, and an existing file without
 * `overwrite`.
 */
export function checkOutput(output: string, inputs: readonly string[], overwrite: boolean): void {
  const folder = dirname(resolve(output));
  const folderStats = statSync(folder, { throwIfNoEntry: false });
  if (!folderStats) throw new CliError(`De map '${dirname(output)}' bestaat niet. Maak hem eerst aan, of kies met -o een andere plek.`, `The folder '${dirname(output)}' does not exist. Create it first, or choose another place with -o.`);
  if (!folderStats.isDirectory()) throw new CliError(`'${dirname(output)}' is geen map.`, `'${dirname(output)}' is not a folder.`);
  const target = statSync(output, { throwIfNoEntry: false });
  const link = lstatSync(output, { throwIfNoEntry: false });
  for (const input of inputs) {
    const source = statSync(input, { throwIfNoEntry: false });
    const sameReal = realpathOrNull(output) !== null && realpathOrNull(output) === realpathOrNull(input);
    if ((source && target && sameFile(source, target)) || sameReal) {
      throw new CliError(
        `De uitvoer '${output}' is het invoerbestand zelf (of een koppeling ernaar); dat wordt nooit gewijzigd. Kies met -o een andere naam.`,
        `The output '${output}' is the input file itself (or a link to it), which is never changed. Choose another name with -o.`,
      );
    }
  }
  if (target && !target.isFile()) throw notRegular(output, target);
  if ((target || link) && !overwrite) {
    throw new CliError(
      `Het bestand '${output}' bestaat al. Kies met -o een andere naam, of geef --overschrijven op om het te vervangen.`,
      `The file '${output}' already exists. Choose another name with -o, or add --overschrijven to replace it.`,
    );
  }
}

function realpathOrNull(path: string): string | null {
  try {
    return realpathSync.native(path);
  } catch {
    return null;
  }
}

/**
 * Writes a file whole, never half: into a new file beside the target (so the rename stays on one disk),
 * then renamed over it. On failure the partial file is removed and the message names the target only.
 */
export function writeOutputFile(output: string, bytes: Uint8Array): void {
  const partial = join(dirname(resolve(output)), `.${basename(output)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(partial, "wx");
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    closeSync(fd);
    fd = null;
    renameSync(partial, output);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(partial, { force: true });
    const why = reason(error);
    throw new CliError(`Kon '${output}' niet schrijven: ${why.nl}.`, `Could not write '${output}': ${why.en}.`);
  }
}
