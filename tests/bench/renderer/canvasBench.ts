/**
 * Canvas benchmark in Chromium (web build): `npm run bench:ui [-- --runs N] [-- --reuse DIR]`.
 * Builds the renderer into a temporary folder (or reuses DIR), serves it, and measures a
 * 100-node and a 1000-node generated design (tests/bench/renderer/design.ts): first render,
 * node drag, pan, zoom, inspector edit, cost-tab edit, select all + delete + undo. Prints
 * medians per size and the 1000/100 ratio (the machine is shared and noisy: compare ratios
 * and before/after runs on the same machine, never absolute thresholds).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../support/chromium';
import { canvasDesign } from './design';
import { median } from './probe';
import { screenshot, session, type SessionFigures } from './scenario';
import { serveStatic } from './serve';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const runs = Number(arg('runs') ?? 3);
const shot = arg('screenshot');
let dist = arg('reuse');
if (dist === undefined || !existsSync(join(dist, 'index.html'))) {
  dist = dist ?? mkdtempSync(join(tmpdir(), 'nuage-bench-web-'));
  console.log(`building the web renderer into ${dist}`);
  execFileSync(
    'npx',
    [
      'vite',
      'build',
      '--config',
      'vite.web.config.ts',
      '--outDir',
      dist,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { stdio: 'inherit' },
  );
}

type Row = Record<string, number>;
const flatten = (f: SessionFigures): Row => ({
  'first render (ms)': f.loadMs,
  'drag: ms per move': f.drag.totalMs / 30,
  'drag: max frame (ms)': f.drag.maxFrameMs,
  'drag: long tasks (ms)': f.drag.longTaskMs,
  'pan: ms per wheel event': f.pan.totalMs / 20,
  'pan: max frame (ms)': f.pan.maxFrameMs,
  'zoom: ms per wheel event': f.zoom.totalMs / 20,
  'zoom: max frame (ms)': f.zoom.maxFrameMs,
  'inspector edit -> badge (ms)': f.inspectorEditMs,
  'load edit -> cost total (ms)': f.loadEditTotalMs,
  'select all (ms)': f.selectAllMs,
  'delete all (ms)': f.deleteMs,
  'undo delete (ms)': f.undoMs,
});

const server = await serveStatic(dist);
const browser = await chromium.launch({
  executablePath: chromiumLaunchOptions.executablePath,
  args: [...chromiumLaunchOptions.args],
});
try {
  const medians: Record<number, Row> = {};
  for (const size of [100, 1000]) {
    const text = JSON.stringify(canvasDesign(size));
    const rows: Row[] = [];
    for (let r = 0; r < runs; r++) {
      rows.push(flatten(await session(browser, server.url, `bench-${size}.nuage.json`, text, size)));
      process.stdout.write('.');
    }
    medians[size] = Object.fromEntries(
      Object.keys(rows[0]!).map((k) => [k, median(rows.map((row) => row[k]!))]),
    );
  }
  console.log(`\nmedians of ${runs} sessions (Chromium ${browser.version()})`);
  console.log(
    `${'measure'.padEnd(32)}${'100 nodes'.padStart(11)}${'1000 nodes'.padStart(12)}${'ratio'.padStart(8)}`,
  );
  for (const key of Object.keys(medians[100]!)) {
    const a = medians[100]![key]!;
    const b = medians[1000]![key]!;
    console.log(
      `${key.padEnd(32)}${a.toFixed(1).padStart(11)}${b.toFixed(1).padStart(12)}${(a > 0 ? (b / a).toFixed(2) : '-').padStart(8)}`,
    );
  }
  if (shot !== undefined) {
    await screenshot(browser, server.url, JSON.stringify(canvasDesign(1000)), 1000, shot);
    console.log(`screenshot: ${shot}`);
  }
} finally {
  await browser.close();
  await server.close();
}
