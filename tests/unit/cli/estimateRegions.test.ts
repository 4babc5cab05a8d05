import { describe, expect, it } from 'vitest';
import { runEstimate } from '../../../cli/commands/estimate';
import { memoryIo } from '../../support/memoryIo';
import { shopDesign } from './shop';
import { testPriceBook } from '../pricing/testPriceBook';
import { testCatalog } from '../simulation/testCatalog';

const design = shopDesign;
const files = { 'shop.nuage.json': JSON.stringify(design) };
// A second region whose book lacks the table's write price.
const { 'table.writes': _writes, ...paris } = testPriceBook.meters;
const deps = {
  catalog: testCatalog,
  priceBooks: {
    'us-east-1': testPriceBook,
    'eu-west-3': { ...testPriceBook, region: 'eu-west-3', as_of: '2026-02-01', meters: paris },
  },
};

describe('nuage estimate --region all', () => {
  it('JSON: the scenario in every bundled region, unpriced lines counted, not priced at $0', async () => {
    const { io, out } = memoryIo({ ...files });
    expect(await runEstimate(['shop.nuage.json', '--region', 'all', '--format', 'json'], io, deps)).toBe(0);
    // us-east-1: 2 M requests x $1/M + 2 M invocations x $0.20/M + 2 M writes x $1.25/M = $4.90;
    // eu-west-3: the same without the writes ($2.40), one line unpriced.
    expect(JSON.parse(out.stdout)).toEqual({
      design: 'Shop',
      scenario: 'Normal',
      currency: 'USD',
      regions: [
        {
          region: 'eu-west-3',
          totalMonthlyUsd: 2.4,
          unpricedLines: 1,
          lines: 3,
          priceBookAsOf: '2026-02-01',
        },
        {
          region: 'us-east-1',
          totalMonthlyUsd: 4.9,
          unpricedLines: 0,
          lines: 3,
          priceBookAsOf: '2026-01-01',
        },
      ],
    });
  });

  it('table: one row per region for the chosen scenario', async () => {
    const { io, out } = memoryIo({ ...files });
    expect(
      await runEstimate(['shop.nuage.json', '--region', 'all', '--scenario', 'Black Friday'], io, deps),
    ).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines[0]).toBe('"Shop", scenario "Black Friday", priced in each bundled region');
    expect(lines.find((l) => l.startsWith('us-east-1'))).toMatch(/\$19\.\d\d\s+none\s+2026-01-01$/);
    expect(lines.find((l) => l.startsWith('eu-west-3'))).toMatch(/1 of 3\s+2026-02-01$/);
  });

  it('refuses --scenario all with --region all, and an unknown scenario, with a message', async () => {
    const both = memoryIo({ ...files });
    expect(
      await runEstimate(['shop.nuage.json', '--region', 'all', '--scenario', 'all'], both.io, deps),
    ).toBe(2);
    expect(both.out.stderr).toContain('cannot be combined');
    const unknown = memoryIo({ ...files });
    expect(
      await runEstimate(['shop.nuage.json', '--region', 'all', '--scenario', 'nope'], unknown.io, deps),
    ).toBe(1);
    expect(unknown.out.stderr).toContain('has no scenario "nope"');
  });
});
