/** Reading PNG pictures in tests (the share image): size, ink, and how much two pictures differ. */
import { PNG } from 'pngjs';

export const readPng = (data: Buffer) => PNG.sync.read(data);

/** Pixels darker than mid-grey in rows `from` to `to`: the text drawn on the card's pale paper. */
export function ink(png: PNG, from = 0, to = png.height): number {
  let n = 0;
  for (let i = from * png.width * 4; i < to * png.width * 4; i += 4) if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 3 * 128) n++;
  return n;
}

/** The share of pixels that differ clearly (by more than a quarter of the range in some channel) between two pictures of one size. */
export function differing(a: PNG, b: PNG): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.max(Math.abs(a.data[i]! - b.data[i]!), Math.abs(a.data[i + 1]! - b.data[i + 1]!), Math.abs(a.data[i + 2]! - b.data[i + 2]!));
    if (d > 64) n++;
  }
  return n / (a.width * a.height);
}
