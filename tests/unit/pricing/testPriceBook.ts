import type { PriceBook, PriceEntry } from '../../../shared/service';

const entry = (
  unit: string,
  per: number,
  tiers: PriceEntry['tiers'],
  extra: Partial<PriceEntry> = {},
): PriceEntry => ({
  unit,
  per,
  tiers,
  source: 'test',
  as_of: '2026-01-01',
  ...extra,
});

/** Round numbers so expectations can be computed by hand. */
export const testPriceBook: PriceBook = {
  region: 'us-east-1',
  currency: 'USD',
  as_of: '2026-01-01',
  meters: {
    'gateway.requests': entry('requests', 1_000_000, [
      { upTo: 300_000_000, usd: 1 },
      { upTo: null, usd: 0.9 },
    ]),
    'batcher.invocations': entry('invocations', 1_000_000, [{ upTo: null, usd: 0.2 }], {
      freeTier: { quantity: 1_000_000, kind: 'always' },
    }),
    'batcher.gbSeconds': entry('GB-s', 1, [{ upTo: null, usd: 0.0000166667 }], {
      freeTier: { quantity: 400_000, kind: 'always' },
    }),
    'table.writes': entry('writes', 1_000_000, [{ upTo: null, usd: 1.25 }]),
    'table.reads': entry('reads', 1_000_000, [{ upTo: null, usd: 0.25 }]),
    'table.storage': entry('GB-month', 1, [
      { upTo: 25, usd: 0 },
      { upTo: null, usd: 0.25 },
    ]),
    'server.hours': entry('hours', 1, [{ upTo: null, usd: 0.1 }], {
      commitments: { commit1y: { factor: 0.6, source: 'test' } },
    }),
    'dataTransfer.interAz': entry('GB', 1, [{ upTo: null, usd: 0.02 }]),
  },
  missing: { 'natGateway.gb': 'not in this test book' },
};
