/** Reading user files as text, refusing anything too large or not a regular file. */
import * as nodeFs from 'node:fs/promises';

/** Largest file Nuage opens: designs are kilobytes; templates rarely exceed a few MB. */
export const MAX_OPEN_BYTES = 50 * 1024 * 1024;

export class FileTooLargeError extends Error {
  constructor(
    readonly path: string,
    readonly size: number,
    readonly limit: number,
  ) {
    super(
      `${path} is ${formatMegabytes(size)}; Nuage opens files up to ${formatMegabytes(limit)} / ` +
        `ce fichier dépasse la taille maximale (${formatMegabytes(limit)})`,
    );
    this.name = 'FileTooLargeError';
  }
}

export class NotATextFileError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path} cannot be opened: ${reason}`);
    this.name = 'NotATextFileError';
  }
}

/** Reads a UTF-8 text file (leading BOM dropped); throws FileTooLargeError above `limit` bytes. */
export async function readTextFile(path: string, limit: number = MAX_OPEN_BYTES): Promise<string> {
  const handle = await nodeFs.open(path, 'r');
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new NotATextFileError(path, 'it is not a regular file');
    if (info.size > limit) throw new FileTooLargeError(path, info.size, limit);
    // Read at most limit + 1 bytes: the file may grow between stat and read.
    const buffer = Buffer.alloc(Math.min(info.size, limit) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit) throw new FileTooLargeError(path, length, limit);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
    } catch {
      throw new NotATextFileError(path, 'it is not UTF-8 text');
    }
    return text; // TextDecoder already drops a leading BOM
  } finally {
    await handle.close();
  }
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
