import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Starts from an empty design (the app opens the fraud template). */
export async function newDesign(page: Page): Promise<void> {
  await page.getByTestId('cmd-file.new').click();
  await expect(page.getByTestId('status-nodes')).toHaveText('0 services');
}

/** Opens `design` as the web build opens a file (nothing unsaved afterwards). */
export async function openDesign(page: Page, design: unknown, name = 'design.nuage.json'): Promise<void> {
  await page.getByTestId('open-file-input').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(design)),
  });
  await expect(page.getByTestId('status-nodes')).toHaveText(
    `${(design as { nodes: unknown[] }).nodes.length} services`,
  );
  await expect(page.getByTestId('dirty-mark')).toHaveCount(0);
}

/** Drags a palette service onto the canvas at `at` (canvas-relative pixels). */
export async function dropService(
  page: Page,
  serviceId: string,
  at: { x: number; y: number },
): Promise<void> {
  await page
    .getByTestId(`palette-item-${serviceId}`)
    .dragTo(page.getByTestId('canvas'), { targetPosition: at });
}

/** Drags from the source handle of one node to the target handle of another. */
export async function connect(page: Page, sourceId: string, targetId: string): Promise<void> {
  const from = await page.getByTestId(`node-${sourceId}`).locator('.react-flow__handle.source').boundingBox();
  const to = await page.getByTestId(`node-${targetId}`).locator('.react-flow__handle.target').boundingBox();
  if (!from || !to) throw new Error('handles not found');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2 - 20, to.y + to.height / 2, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 3 });
  await page.mouse.up();
}

/** Saves through the toolbar (web: a download) and returns the parsed JSON and its path. */
export async function saveAndRead(page: Page): Promise<{ json: unknown; path: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('cmd-file.save').click(),
  ]);
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  return { json: JSON.parse(text), path, text };
}
