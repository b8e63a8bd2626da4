/**
 * Arrow keys between the counts of a comparison table (`data-arrow-keys` on its scrolling region,
 * components/CompareTable.tsx): from a focused count, the next count in that direction, past cells
 * with none. Tab still walks every count in reading order; without JavaScript only Tab does.
 */
import { elementOf } from './dom';

const STEPS: Record<string, [number, number]> = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] };

export function attachCompareKeys(): void {
  document.addEventListener('keydown', (e) => {
    const step = STEPS[e.key];
    const from = elementOf(e.target)?.closest('td');
    const region = from?.closest('[data-arrow-keys]');
    if (!step || !from || !region || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const rows = [...region.querySelectorAll('tr')];
    let r = rows.indexOf(from.parentElement as HTMLTableRowElement);
    let c = [...rows[r]!.cells].indexOf(from);
    for (;;) {
      r += step[0];
      c += step[1];
      const cell = rows[r] ? rows[r]!.cells[c] : undefined;
      if (!cell || cell.tagName !== 'TD') return;
      const link = cell.querySelector('a');
      if (link) {
        e.preventDefault();
        link.focus();
        return;
      }
    }
  });
}
