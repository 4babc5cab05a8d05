import { describe, expect, it } from 'vitest';
import { catalog, priceBooks, templates } from '../../../catalog';
import { runDiff } from '../../../cli/commands/diff';
import { runCli } from '../../../cli/main';
import { roundCents } from '../../../shared/pricing/money';
import { estimateDesign } from '../../../shared/pricing';
import type { Design } from '../../../shared/model/design';
import { testCatalog, testDesign, testPriceBooks } from '../scenarios/fixtures';
import { memoryIo } from '../../support/memoryIo';

const a = testDesign();
// B: the worker gets 2 GB instead of 1: 2 M × 2 GB × 0.1 s = 400 000 GB-s × $0.00001 = $4.00 (was $2.00).
const b: Design = {
  ...a,
  nodes: a.nodes.map((n) => (n.id === 'Work' ? { ...n, config: { memoryGb: 2 } } : n)),
};
const files = {
  'a.nuage.json': JSON.stringify(a),
  'b.nuage.json': JSON.stringify(b),
  'bad.nuage.json': '{"schemaVersion":1}',
};
const deps = { catalog: testCatalog, priceBooks: testPriceBooks };

describe('nuage diff', () => {
  it('prints per-service deltas between two scenarios of one design as JSON', async () => {
    const { io, out } = memoryIo({ ...files });
    expect(
      await runDiff(['a.nuage.json', '--scenarios', 'normal', 'Peak', '--format', 'json'], io, deps),
    ).toBe(0);
    expect(out.stderr).toBe('');
    const json = JSON.parse(out.stdout);
    // Hand figures: see tests/unit/scenarios/compare.test.ts (normal $83, peak $305).
    expect(json.a).toEqual({
      file: 'a.nuage.json',
      scenario: 'Normal',
      region: 'us-east-1',
      totalMonthlyUsd: 83,
      unpricedLines: 0,
    });
    expect(json.b.totalMonthlyUsd).toBe(305);
    expect(json.total).toEqual({ a: 83, b: 305, delta: 222, pct: 267.47 });
    expect(json.services).toEqual([
      { service: 'box', name: 'Box', a: 73, b: 219, delta: 146, pct: 200 },
      { service: 'bucket', name: 'Bucket', a: 7, b: 52, delta: 45, pct: 642.86 },
      { service: 'gate', name: 'Gate', a: 1, b: 19, delta: 18, pct: 1800 },
      { service: 'worker', name: 'Worker', a: 2, b: 15, delta: 13, pct: 650 },
    ]);
  });

  it('accepts --scenarios A,B and prints a table', async () => {
    const { io, out } = memoryIo({ ...files });
    expect(await runDiff(['a.nuage.json', '--scenarios=normal,peak'], io, deps)).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines[0]).toBe('A: a.nuage.json (scenario "Normal", us-east-1)');
    expect(lines[1]).toBe('B: a.nuage.json (scenario "Peak", us-east-1)');
    expect(out.stdout).toMatch(/Box \(box\)\s+\$73\.00\s+\$219\.00\s+\+\$146\.00\s+\+200 %/);
    expect(out.stdout).toMatch(/Total\s+\$83\.00\s+\$305\.00\s+\+\$222\.00\s+\+267\.5 %/);
  });

  it('diffs two design files (active scenario, or --scenario in both)', async () => {
    const { io, out } = memoryIo({ ...files });
    expect(await runDiff(['a.nuage.json', 'b.nuage.json', '--format', 'json'], io, deps)).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json.total).toEqual({ a: 83, b: 85, delta: 2, pct: 2.41 });
    expect(json.services.find((s: { service: string }) => s.service === 'worker')).toEqual({
      service: 'worker',
      name: 'Worker',
      a: 2,
      b: 4,
      delta: 2,
      pct: 100,
    });
    expect(json.services.find((s: { service: string }) => s.service === 'box').delta).toBe(0);
    // peak: 2 M GB-s → 4 M GB-s: 1 M × $0.00001 + 3 M × $0.000005 = $25 (was $15).
    const peak = memoryIo({ ...files });
    expect(
      await runDiff(['a.nuage.json', 'b.nuage.json', '--scenario', 'Peak', '--format=json'], peak.io, deps),
    ).toBe(0);
    expect(JSON.parse(peak.out.stdout).total).toEqual({ a: 305, b: 315, delta: 10, pct: 3.28 });
  });

  it('says when lines have no price (not counted), and shows 0 → 0 as "-"', async () => {
    const book = testPriceBooks['us-east-1']!;
    const { 'box.hours': _dropped, ...meters } = book.meters;
    const partial = { catalog: testCatalog, priceBooks: { 'us-east-1': { ...book, meters } } };
    const { io, out } = memoryIo({ ...files });
    expect(await runDiff(['a.nuage.json', 'b.nuage.json'], io, partial)).toBe(0);
    // Without the box price: 83 − 73 = $10 and 85 − 73 = $12.
    expect(out.stdout).toMatch(/Total\s+\$10\.00\s+\$12\.00\s+\+\$2\.00\s+\+20 %/);
    expect(out.stdout).toMatch(/Box \(box\)\s+\$0\.00\s+\$0\.00\s+\$0\.00\s+-\n/);
    expect(out.stdout).toContain('Note: A has 1 cost line(s) without a price in us-east-1, not counted');
    expect(out.stdout).toContain('Note: B has 1 cost line(s)');
  });

  it('exits 1 with a clear message on bad input', async () => {
    const missing = memoryIo({ ...files });
    expect(await runDiff(['a.nuage.json', 'nope.nuage.json'], missing.io, deps)).toBe(1);
    expect(missing.out.stderr).toMatch(/^nuage diff: cannot read nope\.nuage\.json: ENOENT/);
    expect(missing.out.stdout).toBe('');
    const invalid = memoryIo({ ...files });
    expect(await runDiff(['a.nuage.json', 'bad.nuage.json'], invalid.io, deps)).toBe(1);
    expect(invalid.out.stderr).toContain('bad.nuage.json is not a valid Nuage design');
    expect(invalid.out.stderr).toContain('bad.nuage.json at name');
    const unknown = memoryIo({ ...files });
    expect(await runDiff(['a.nuage.json', '--scenarios', 'normal', 'blackFriday'], unknown.io, deps)).toBe(1);
    expect(unknown.out.stderr).toContain(
      'a.nuage.json has no scenario "blackFriday" (scenarios: normal ("Normal")',
    );
  });

  it('exits 2 with the usage on a bad command line', async () => {
    for (const args of [
      ['a.nuage.json'],
      ['a.nuage.json', 'b.nuage.json', 'c.nuage.json'],
      ['a.nuage.json', 'b.nuage.json', '--format', 'xml'],
      ['a.nuage.json', '--scenarios', 'normal'],
      ['a.nuage.json', 'b.nuage.json', '--frobnicate', 'x'],
    ]) {
      const { io, out } = memoryIo({ ...files });
      expect(await runDiff(args, io, deps)).toBe(2);
      expect(out.stderr).toContain('Usage: nuage diff');
    }
  });

  it('runs through the CLI entry on the bundled fraud template', async () => {
    const fraud = templates[0]!.design;
    const { io, out } = memoryIo({ 'fraud.nuage.json': JSON.stringify(fraud) });
    const args = ['diff', 'fraud.nuage.json', '--scenarios', 'normal', 'peak', '--format', 'json'];
    expect(await runCli(args, io)).toBe(0);
    const json = JSON.parse(out.stdout);
    const total = (id: string) =>
      roundCents(estimateDesign(fraud, catalog, priceBooks, { scenarioId: id }).totalMonthlyUsd);
    expect(json.total.a).toBe(total('normal'));
    expect(json.total.b).toBe(total('peak'));
    expect(json.services.find((r: { service: string }) => r.service === 'apiGateway')).toBeDefined();
    const help = memoryIo({});
    expect(await runCli(['--help'], help.io)).toBe(0);
    expect(help.out.stdout).toMatch(/diff\s+per-service cost change/);
  });
});
