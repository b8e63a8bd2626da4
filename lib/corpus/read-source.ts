import { readFileSync, statSync } from 'node:fs';
import { IngestError } from './errors';

const MAX_BYTES = 50 * 1024 * 1024;

/** Decodes a corpus file strictly: a missing, empty, binary or non-UTF-8 file is an IngestError. */
function decodeSource(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new IngestError(file, 'file is empty');
  if (bytes.includes(0)) throw new IngestError(file, 'file is binary (contains NUL bytes), expected UTF-8 text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new IngestError(file, `file is not valid UTF-8 (first bad byte at offset ${at})`);
  }
  if (text.trim().length === 0) throw new IngestError(file, 'file has no text (only white space)');
  return text;
}

export function readSource(file: string): string {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new IngestError(file, 'not a regular file');
    size = st.size;
  } catch (e) {
    if (e instanceof IngestError) throw e;
    throw new IngestError(file, 'file not found');
  }
  if (size > MAX_BYTES) throw new IngestError(file, `file is too large (${size} bytes, limit ${MAX_BYTES})`);
  return decodeSource(file, readFileSync(file));
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search on the prefix length that still decodes.
  const dec = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      dec.decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}
