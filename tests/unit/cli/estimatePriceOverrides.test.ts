import { describe, expect, it } from 'vitest';
import { catalog, priceBooks } from '../../../catalog/index';
import { fraudDetection } from '../../../catalog/templates/fraudDetection';
import { runEstimate } from '../../../cli/commands/estimate';
import type { CliIo } from '../../../cli/io';
import { serializeDesign } from '../../../shared/model';

const meter = 'sagemaker.hosting.ml.m5.xlarge.hours';

async function estimate(design: unknown, format: 'json' | 'table') {
  let stdout = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stdout += t),
    readFile: async () => serializeDesign(design as typeof fraudDetection.design),
    writeFile: async () => undefined,
  };
  const code = await runEstimate(['fraud.nuage.json', '--format', format], io, { catalog, priceBooks });
  return { code, stdout };
}

// In Paris, where the bundled book has no SageMaker instance-hour price.
const paris = { ...fraudDetection.design, region: 'eu-west-3' };
const priced = {
  ...paris,
  priceOverrides: [{ region: 'eu-west-3', meter, usd: 0.23, per: 1, note: 'AWS page' }],
};

describe('nuage estimate with price overrides', () => {
  it('JSON: the user-priced line carries "userPrice": true and a price; others do not', async () => {
    const { code, stdout } = await estimate(priced, 'json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      nodes: {
        lines: { meter: string; quantity: number; unitPriceUsd: number | null; userPrice?: boolean }[];
      }[];
    };
    const lines = json.nodes.flatMap((n) => n.lines);
    const mine = lines.filter((l) => l.meter === meter);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ userPrice: true, unitPriceUsd: 0.23 });
    expect(lines.filter((l) => 'userPrice' in l)).toHaveLength(1);
  });

  it('JSON without overrides has no userPrice key and the SageMaker line is unpriced', async () => {
    const { stdout } = await estimate(paris, 'json');
    expect(stdout).not.toContain('userPrice');
    const json = JSON.parse(stdout) as {
      nodes: { lines: { meter: string; unitPriceUsd: number | null }[] }[];
    };
    expect(json.nodes.flatMap((n) => n.lines).find((l) => l.meter === meter)?.unitPriceUsd).toBeNull();
  });

  it('table: the user-priced row says "(your price)", once', async () => {
    const { stdout } = await estimate(priced, 'table');
    const rows = stdout.split('\n').filter((r) => r.includes('(your price)'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(meter);
    expect(rows[0]).toMatch(/\$0\.23 \(your price\)/);
    expect((await estimate(paris, 'table')).stdout).not.toContain('(your price)');
  });
});
