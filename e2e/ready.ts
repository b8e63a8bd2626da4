import { expect, type Page } from '@playwright/test';

/**
 * Waits until React has hydrated the page (components/HydrationMark.tsx). Keys pressed before that
 * reach no handler, so a test that types, presses "/" or clicks a copy button waits for it first,
 * instead of passing only when the machine is fast.
 */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
}
