'use client';

import { useEffect } from 'react';

const STEPS: Record<string, [number, number]> = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] };

/**
 * Arrow keys between the counts of a comparison table (`table` is the id of its scrolling region):
 * from a focused count, the next count in that direction, past cells with none. Tab still walks
 * every count in reading order; without JavaScript only Tab does.
 */
export function CompareKeys({ table }: { table: string }) {
  useEffect(() => {
    const region = document.getElementById(table);
    if (!region) return;
    const onKey = (e: KeyboardEvent) => {
      const step = STEPS[e.key];
      const from = e.target instanceof HTMLElement ? e.target.closest('td') : null;
      if (!step || !from || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const rows = [...region.querySelectorAll('tr')];
      const cellsOf = (tr: HTMLTableRowElement) => [...tr.cells];
      let r = rows.indexOf(from.parentElement as HTMLTableRowElement);
      let c = cellsOf(rows[r]!).indexOf(from);
      for (;;) {
        r += step[0];
        c += step[1];
        const cell = rows[r] ? cellsOf(rows[r]!)[c] : undefined;
        if (!cell || cell.tagName !== 'TD') return;
        const link = cell.querySelector('a');
        if (link) {
          e.preventDefault();
          link.focus();
          return;
        }
      }
    };
    region.addEventListener('keydown', onKey);
    return () => region.removeEventListener('keydown', onKey);
  }, [table]);
  return null;
}
