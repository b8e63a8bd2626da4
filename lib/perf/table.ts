/** Plain-text tables for the measuring scripts' output, aligned as a terminal shows them (CJK characters are two columns wide). */

/** Terminal columns a string takes: East Asian wide and fullwidth characters count two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd)
        ? 2
        : 1;
  }
  return w;
}

/** Columns `left` (by index) are left-aligned, the others right-aligned; a rule under the head. */
export function formatTable(head: string[], rows: string[][], left: (i: number) => boolean = (i) => i === 0): string {
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const pad = (c: string, i: number) => {
    const fill = ' '.repeat(Math.max(0, widths[i]! - displayWidth(c)));
    return left(i) ? c + fill : fill + c;
  };
  const line = (cells: string[]) =>
    head
      .map((_, i) => pad(cells[i] ?? '', i))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
