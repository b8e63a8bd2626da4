import { expect, type Page } from '@playwright/test';

/**
 * Waits until the browser's script has attached its handlers (`<html data-ready>`, browser/main.ts).
 * Keys pressed before that reach no handler, so a test that types, presses "/" or clicks a copy
 * button waits for it first, instead of passing only when the machine is fast.
 */
export async function scriptsReady(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}
