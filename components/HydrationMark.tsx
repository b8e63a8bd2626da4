'use client';

import { useEffect } from 'react';

/** Marks the document once React has hydrated it (`<html data-hydrated>`): the keyboard shortcuts and live search work from then on. */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}
