/** The fingerprint a translation carries of the Chinese it translates: the first 16 hex digits of its SHA-256. */
import { createHash } from 'node:crypto';

export const fingerprint = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);
