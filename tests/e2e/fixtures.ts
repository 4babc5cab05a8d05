/**
 * Shared e2e fixture: every test fails on an uncaught page error or a console error, and
 * confirm() dialogs (discard unsaved changes?) are accepted.
 */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ app: Page }>({
  app: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    });
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto('/');
    await expect(page.getByTestId('app')).toBeVisible();
    await use(page);
    expect(errors, 'page errors during the test').toEqual([]);
  },
});

export { expect };
