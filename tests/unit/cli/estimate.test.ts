import { describe, expect, it } from 'vitest';
import { runEstimate } from '../../../cli/commands/estimate';
import { runCli } from '../../../cli/main';
import { testPriceBook } from '../pricing/testPriceBook';
import { memoryIo } from '../../support/memoryIo';
import { shopCatalog, shopDesign } from './shop';

const design = shopDesign;
const files = { 'shop.nuage.json': JSON.stringify(design) };
const deps = { catalog: shopCatalog, priceBooks: { 'us-east-1': testPriceBook } };

describe('nuage estimate', () => {
  it('prints the JSON shape scripts rely on', async () => {
    const { io, out } = memoryIo({ ...files });
    expect(await runEstimate(['shop.nuage.json', '--format', 'json'], io, deps)).toBe(0);
    const json = JSON.parse(out.stdout);
    // 2 M requests x $1/M + 2 M invocations x $0.20/M + 2 M writes x $1.25/M = $4.90
    expect(json).toEqual({
      region: 'us-east-1',
      scenario: 'Normal',
      currency: 'USD',
      totalMonthlyUsd: 4.9,
      nodes: [
        {
          id: 'Api',
          service: 'gateway',
          monthlyUsd: 2,
          lines: [
            {
              meter: 'gateway.requests',
              quantity: 2e6,
              unit: 'requests',
              unitPriceUsd: 0.000001,
              monthlyUsd: 2,
            },
          ],
        },
        {
          id: 'Batch',
          service: 'batcher',
          monthlyUsd: 0.4,
          lines: [
            {
              meter: 'batcher.invocations',
              quantity: 2e6,
              unit: 'invocations',
              unitPriceUsd: 0.0000002,
              monthlyUsd: 0.4,
            },
          ],
        },
        {
          id: 'Orders',
          service: 'table',
          monthlyUsd: 2.5,
          lines: [
            {
              meter: 'table.writes',
              quantity: 2e6,
              unit: 'writes',
              unitPriceUsd: 0.00000125,
              monthlyUsd: 2.5,
            },
          ],
        },
      ],
      problems: [],
    });
  });

  it('selects a scenario by name or id, and every scenario with all', async () => {
    const { io, out } = memoryIo({ ...files });
    expect(
      await runEstimate(['shop.nuage.json', '--scenario', 'Black Friday', '--format', 'json'], io, deps),
    ).toBe(0);
    expect(JSON.parse(out.stdout).totalMonthlyUsd).toBe(19.6);
    const all = memoryIo({ ...files });
    expect(await runEstimate(['shop.nuage.json', '--scenario=all', '--format=json'], all.io, deps)).toBe(0);
    expect(JSON.parse(all.out.stdout).map((r: { scenario: string }) => r.scenario)).toEqual([
      'Normal',
      'Black Friday',
    ]);
  });

  it('prints an aligned table with totals', async () => {
    const { io, out } = memoryIo({ ...files });
    expect(await runEstimate(['shop.nuage.json'], io, deps)).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines[0]).toBe('Scenario "Normal" in us-east-1, USD per month (prices as of 2026-01-01)');
    expect(out.stdout).toMatch(
      /Orders\s+table\s+table\.writes\s+2,000,000\s+writes\s+\$1\.25 \/ 1M\s+\$2\.50/,
    );
    const total = lines.find((l) => l.startsWith('Total'))!;
    expect(total).toMatch(/\$4\.90$/);
    const header = lines[2]!;
    expect(total.length).toBe(header.length); // right-aligned money column
  });

  it('reports a region without prices as a problem, with lines missing', async () => {
    const { io, out } = memoryIo({ ...files });
    expect(
      await runEstimate(['shop.nuage.json', '--region', 'eu-west-3', '--format', 'json'], io, deps),
    ).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json.region).toBe('eu-west-3');
    expect(json.problems[0].message).toContain('No price book for region eu-west-3');
    expect(json.nodes[0].lines[0]).toMatchObject({ monthlyUsd: null, unitPriceUsd: null });
  });

  it('lists first what keeps the design from deploying (a service retired by AWS)', async () => {
    const node = design.nodes[0]!;
    const retiredCatalog = {
      ...shopCatalog,
      [node.service]: {
        ...shopCatalog[node.service]!,
        retired: { on: '2025-12-15', source: 'https://aws', instead: { en: 'use x', fr: 'utilisez x' } },
      },
    };
    const { io, out } = memoryIo({ ...files });
    expect(await runEstimate(['shop.nuage.json'], io, { ...deps, catalog: retiredCatalog })).toBe(0);
    const problems = out.stdout.slice(out.stdout.indexOf('Problems:')).split('\n');
    expect(problems[1]).toMatch(/^ {2}error {3}\w+: ".*" uses .*, which AWS retired on 2025-12-15/);
    // Without it, the same design has no such line.
    const plain = memoryIo({ ...files });
    await runEstimate(['shop.nuage.json'], plain.io, deps);
    expect(plain.out.stdout).not.toContain('retired');
  });

  it('exits 1 naming the file and the JSON path of a bad value', async () => {
    const bad = { ...design, nodes: [{ ...design.nodes[0], id: '9lives' }] };
    const { io, out } = memoryIo({ 'bad.json': JSON.stringify(bad), 'broken.json': '{ nope' });
    expect(await runEstimate(['bad.json'], io, deps)).toBe(1);
    expect(out.stderr).toContain('bad.json at nodes[0].id: must be alphanumeric');
    expect(await runEstimate(['broken.json'], io, deps)).toBe(1);
    expect(out.stderr).toContain('broken.json: Not valid JSON');
    expect(await runEstimate(['missing.json'], io, deps)).toBe(1);
    expect(out.stderr).toContain('cannot read missing.json');
    expect(
      await runEstimate(['shop.nuage.json', '--scenario', 'nope'], memoryIo({ ...files }).io, deps),
    ).toBe(1);
  });

  it('exits 2 on a bad command line', async () => {
    const { io, out } = memoryIo({ ...files });
    expect(await runEstimate([], io, deps)).toBe(2);
    expect(await runEstimate(['shop.nuage.json', '--format', 'xml'], io, deps)).toBe(2);
    expect(await runEstimate(['shop.nuage.json', '--colour', 'red'], io, deps)).toBe(2);
    expect(out.stderr).toContain('Usage: nuage estimate');
  });
});

describe('nuage dispatcher', () => {
  it('exits 2 with usage on an unknown or missing command', async () => {
    const { io, out } = memoryIo({});
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(out.stderr).toContain('unknown command "frobnicate"');
    expect(out.stderr).toContain('Usage: nuage <command>');
    expect(await runCli([], io)).toBe(2);
  });

  it('prints help for the tool and for a command', async () => {
    const { io, out } = memoryIo({});
    expect(await runCli(['--help'], io)).toBe(0);
    expect(out.stdout).toMatch(/estimate\s+print the monthly cost/);
    expect(await runCli(['estimate', '--help'], io)).toBe(0);
    expect(out.stdout).toContain('--scenario NAME|all');
  });
});
