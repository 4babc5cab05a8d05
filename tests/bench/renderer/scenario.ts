/**
 * One measured session on a generated design: open it through the web file input, drag a
 * node, pan, zoom, edit a Lambda in the inspector, edit an entry load in the Cost tab,
 * select all + delete + undo. Every figure is taken in the page (event timestamp to the
 * first animation frame where the result is in the DOM, or frame/long-task stats).
 */
import type { Browser, Page } from '@playwright/test';
import { armUntil, readUntil, startFrames, stopFrames, type FrameStats } from './probe';

export interface SessionFigures {
  readonly loadMs: number;
  readonly drag: FrameStats;
  readonly pan: FrameStats;
  readonly zoom: FrameStats;
  readonly inspectorEditMs: number;
  readonly loadEditTotalMs: number;
  readonly selectAllMs: number;
  readonly deleteMs: number;
  readonly undoMs: number;
}

// tsx (esbuild keepNames) wraps named functions of page.evaluate callbacks in __name().
const KEEP_NAMES_SHIM = 'globalThis.__name = (f) => f;';

const VISIBLE_NODE = '.react-flow__node-service:not([style*="visibility: hidden"])';
const MOVES = 30;

/** The centre and id of the first Lambda card fully inside the visible canvas. */
async function visibleLambda(page: Page): Promise<{ id: string; x: number; y: number }> {
  const found = await page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
    for (const el of document.querySelectorAll<HTMLElement>('.service-node')) {
      const id = (el.dataset['testid'] ?? '').replace(/^node-/, '');
      if (!/x[14]$/.test(id)) continue;
      const r = el.getBoundingClientRect();
      if (r.left > canvas.left + 40 && r.right < canvas.right - 200 && r.top > canvas.top + 40)
        if (r.bottom < canvas.bottom - 140) return { id, x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  });
  if (!found) throw new Error('no Lambda card inside the view');
  return found;
}

async function drag(page: Page): Promise<FrameStats> {
  const node = await visibleLambda(page);
  await startFrames(page);
  await page.mouse.move(node.x, node.y);
  await page.mouse.down();
  for (let i = 1; i <= MOVES; i++) await page.mouse.move(node.x + i * 3, node.y + i * 2);
  await page.mouse.up();
  return stopFrames(page);
}

async function wheel(page: Page, zoom: boolean): Promise<FrameStats> {
  const box = (await page.getByTestId('canvas').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await startFrames(page);
  if (zoom) await page.keyboard.down('Control');
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, zoom ? (i < 10 ? -40 : 40) : i < 10 ? 60 : -60);
  if (zoom) await page.keyboard.up('Control');
  return stopFrames(page);
}

async function timed(
  page: Page,
  event: string,
  until: Parameters<typeof armUntil>[2],
  act: () => Promise<void>,
) {
  await armUntil(page, event, until);
  await act();
  return readUntil(page);
}

export async function session(browser: Browser, url: string, name: string, text: string, nodes: number) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  await context.addInitScript(KEEP_NAMES_SHIM);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => void d.accept());
  try {
    await page.goto(url);
    await page.getByTestId('app').waitFor();
    const loaded = [
      { selector: '[data-testid="status-nodes"]', text: `${nodes} services` },
      { selector: VISIBLE_NODE, minCount: 1 },
    ];
    const loadMs = await timed(page, 'change', loaded, () =>
      page.getByTestId('open-file-input').setInputFiles({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      }),
    );
    await page.waitForTimeout(400);

    const dragStats = await drag(page);
    const pan = await wheel(page, false);
    const zoom = await wheel(page, true);

    const lambda = await visibleLambda(page);
    await page.mouse.click(lambda.x, lambda.y);
    await page.getByTestId('tab-inspector').click();
    const memory = page.getByTestId('field-config-memoryMb');
    const badge = `[data-testid="cost-badge-${lambda.id}"]`;
    const before = await page.locator(badge).getAttribute('data-usd');
    const current = await memory.inputValue();
    await memory.fill(current === '2048' ? '1024' : '2048');
    const inspectorEditMs = await timed(
      page,
      'keydown',
      { selector: badge, attribute: 'data-usd', notEqual: before },
      () => memory.press('Enter'),
    );

    await page.getByTestId('tab-cost').click();
    const total = '[data-testid="cost-total"]';
    const totalBefore = await page.locator(total).getAttribute('data-usd');
    const load = page.getByTestId('load-N0x0-eventsPerMonth');
    await load.fill('3000000');
    const loadEditTotalMs = await timed(
      page,
      'keydown',
      { selector: total, attribute: 'data-usd', notEqual: totalBefore },
      () => load.press('Enter'),
    );

    await page.getByTestId('tab-inspector').click();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const rendered = await page.locator(VISIBLE_NODE).count();
    const selectAllMs = await timed(
      page,
      'keydown',
      { selector: '.react-flow__node-service.selected', minCount: rendered },
      () => page.keyboard.press('Control+A'),
    );
    const deleteMs = await timed(
      page,
      'keydown',
      { selector: '[data-testid="status-nodes"]', text: '0 services' },
      () => page.keyboard.press('Delete'),
    );
    const undoMs = await timed(page, 'keydown', loaded, () => page.keyboard.press('Control+Z'));
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    return {
      loadMs,
      drag: dragStats,
      pan,
      zoom,
      inspectorEditMs,
      loadEditTotalMs,
      selectAllMs,
      deleteMs,
      undoMs,
    };
  } finally {
    await context.close();
  }
}

/** Takes a fit-view screenshot of a freshly opened design. */
export async function screenshot(browser: Browser, url: string, text: string, nodes: number, path: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  page.on('dialog', (d) => void d.accept());
  await page.goto(url);
  await page.getByTestId('app').waitFor();
  await page
    .getByTestId('open-file-input')
    .setInputFiles({ name: 'bench.nuage.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page
    .getByTestId('status-nodes')
    .filter({ hasText: `${nodes} services` })
    .waitFor();
  await page.getByTestId('cmd-view.fit').click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path });
  await context.close();
}
