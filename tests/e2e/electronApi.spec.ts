/**
 * The Electron platform adapter, driven through a stand-in for the preload's `window.nuage`
 * (the real Electron binary is not available here; tests/electron covers it where it is).
 */
import { expect, test } from './fixtures';

declare global {
  interface Window {
    __calls: { channel: string; request: unknown }[];
    __menu: ((id: string) => void) | null;
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const recovered = {
      schemaVersion: 1,
      name: 'Recovered design',
      region: 'eu-west-3',
      nodes: [{ id: 'Lambda1', service: 'lambda', label: 'Recovered fn', position: { x: 0, y: 0 } }],
    };
    window.__calls = [];
    window.__menu = null;
    const call = (channel: string, value: unknown) => async (request: unknown) => {
      window.__calls.push({ channel, request });
      return { ok: true, value };
    };
    Object.defineProperty(window, 'nuage', {
      value: {
        platform: 'electron',
        'file:open': call('file:open', { path: '/tmp/x.nuage.json', text: JSON.stringify(recovered) }),
        'file:saveDesign': call('file:saveDesign', { path: '/tmp/saved.nuage.json' }),
        'file:export': call('file:export', { path: '/tmp/e' }),
        'recent:list': call('recent:list', { paths: [] }),
        'recovery:write': call('recovery:write', null),
        'recovery:read': call('recovery:read', {
          text: JSON.stringify(recovered),
          savedAt: '2026-01-02T03:04:05Z',
        }),
        'recovery:clear': call('recovery:clear', null),
        'window:setDocumentState': call('window:setDocumentState', null),
        onMenuCommand: (listener: (id: string) => void) => {
          window.__menu = listener;
          return () => {
            window.__menu = null;
          };
        },
      },
    });
  });
});

test('offers recovery at start, restores it as unsaved, and mirrors the title to the window', async ({
  app,
}) => {
  const banner = app.getByTestId('recovery-banner');
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Restore' }).click();
  await expect(banner).toHaveCount(0);
  await expect(app.getByTestId('node-Lambda1')).toContainText('Recovered fn');
  await expect(app).toHaveTitle('• Recovered design — Nuage');
  await expect
    .poll(() =>
      app.evaluate(
        () => window.__calls.filter((c) => c.channel === 'window:setDocumentState').at(-1)?.request,
      ),
    )
    .toEqual({ name: 'Recovered design', dirty: true });
});

test('native menu commands and Ctrl+S go through the same commands and IPC', async ({ app }) => {
  await expect(app.getByTestId('status-nodes')).not.toHaveText('0 services');
  await app.evaluate(() => window.__menu?.('edit.selectAll'));
  await app.evaluate(() => window.__menu?.('edit.delete'));
  await expect(app.getByTestId('status-nodes')).toHaveText('0 services');
  await app.getByTestId('canvas').click({ position: { x: 500, y: 400 } });
  await app.keyboard.press('Control+s');
  await expect(app.getByTestId('dirty-mark')).toHaveCount(0);
  const saved = await app.evaluate(
    () => window.__calls.find((c) => c.channel === 'file:saveDesign')?.request,
  );
  expect(saved).toMatchObject({ saveAs: false, suggestedName: expect.stringMatching(/\.nuage\.json$/) });
  expect(JSON.parse((saved as { text: string }).text).nodes).toEqual([]);
  await expect
    .poll(() => app.evaluate(() => window.__calls.some((c) => c.channel === 'recovery:clear')))
    .toBe(true);

  await app.evaluate(() => window.__menu?.('file.open'));
  await expect(app.getByTestId('document-title')).toHaveText('Recovered design');
});
