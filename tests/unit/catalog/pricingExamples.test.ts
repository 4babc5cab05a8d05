/**
 * The worked examples of the AWS pricing pages (../shared/fixtures/pricing-examples.json):
 * the catalog's usage functions must produce the quantities the pages state, and the
 * us-east-1 book's prices must turn them into the pages' dollar figures to the cent.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog, priceBooks } from '../../../catalog/index';
import type { NodeLoad, PriceBook } from '../../../shared/service/types';
import { usageContext } from './support';

interface Example {
  id: string;
  expected_monthly_usd: number;
  expected_line_items_usd: Record<string, number>;
  unit_prices: Record<string, number>;
}
const examples: Example[] = JSON.parse(readFileSync('/work/shared/fixtures/pricing-examples.json', 'utf8'));
const example = (id: string) => examples.find((e) => e.id === id)!;
const book = priceBooks['us-east-1'] as PriceBook;

/** Tiered price of a quantity after an optional free allowance (the arithmetic of the pages). */
function cost(key: string, quantity: number, withFreeTier: boolean): number {
  const entry = book.meters[key];
  if (!entry) throw new Error(`${key} not priced`);
  let left = Math.max(0, quantity - (withFreeTier ? (entry.freeTier?.quantity ?? 0) : 0));
  let from = 0;
  let usd = 0;
  for (const tier of entry.tiers) {
    const span = tier.upTo === null ? left : Math.min(left, tier.upTo - from);
    usd += (span * tier.usd) / entry.per;
    left -= span;
    from = tier.upTo ?? from;
    if (left <= 0) break;
  }
  return usd;
}
const cents = (n: number) => Math.round(n * 100) / 100;

const load = (events: number, payloadBytes = 1024, byKind: NodeLoad['byKind'] = {}): NodeLoad => ({
  eventsPerMonth: events,
  peakPerSecond: events / (730 * 3600),
  avgPayloadBytes: payloadBytes,
  bytesPerMonth: events * payloadBytes,
  byKind,
});

describe('AWS pricing-page examples', () => {
  it('ex00 Lambda mobile backend: 540,000 GB-s, $2.73', () => {
    const q = catalog['lambda']!.usage(
      usageContext(
        catalog['lambda']!,
        load(3_000_000),
        { memoryMb: 1536 },
        { avgDurationMs: 120, logBytesPerInvocation: 0 },
      ),
    ).quantities;
    expect(q['lambda.x86.gbSeconds']).toBeCloseTo(540_000, 6);
    const lines = {
      compute: cost('lambda.x86.gbSeconds', q['lambda.x86.gbSeconds']!, true),
      requests: cost('lambda.requests', q['lambda.requests']!, true),
    };
    expect(cents(lines.compute)).toBe(example('ex00').expected_line_items_usd['compute']);
    expect(cents(lines.requests)).toBe(example('ex00').expected_line_items_usd['requests']);
    expect(cents(lines.compute + lines.requests)).toBe(example('ex00').expected_monthly_usd);
  });

  it('ex02 Lambda with 2 GB ephemeral storage: $106.41', () => {
    const q = catalog['lambda']!.usage(
      usageContext(
        catalog['lambda']!,
        load(6_000_000),
        { memoryMb: 4096, ephemeralStorageMb: 2048 },
        { avgDurationMs: 280, logBytesPerInvocation: 0 },
      ),
    ).quantities;
    expect(q['lambda.ephemeral.gbSeconds']).toBeCloseTo(2_520_000, 6);
    const compute = cost('lambda.x86.gbSeconds', q['lambda.x86.gbSeconds']!, true);
    const requests = cost('lambda.requests', q['lambda.requests']!, true);
    const storage = cost('lambda.ephemeral.gbSeconds', q['lambda.ephemeral.gbSeconds']!, false);
    expect([cents(compute), cents(requests), cents(storage)]).toEqual([105.33, 1.0, 0.08]);
    expect(cents(compute + requests + storage)).toBe(example('ex02').expected_monthly_usd);
  });

  it('ex03 Lambda provisioned concurrency 100 for 8 hours: $19.96', () => {
    const q = catalog['lambda']!.usage(
      usageContext(
        catalog['lambda']!,
        load(3_000_000),
        { memoryMb: 1536, provisionedConcurrency: 100 },
        {
          avgDurationMs: 120,
          pcHoursPerMonth: 8,
          pcInvocationShare: 500_000 / 3_000_000,
          pcAvgDurationMs: 100,
          logBytesPerInvocation: 0,
        },
      ),
    ).quantities;
    expect(q['lambda.x86.provisioned.gbSeconds']).toBeCloseTo(4_320_000, 6);
    expect(q['lambda.x86.provisioned.durationGbSeconds']).toBeCloseTo(75_000, 6);
    expect(q['lambda.x86.gbSeconds']).toBeCloseTo(450_000, 6);
    const total =
      cents(cost('lambda.x86.provisioned.gbSeconds', q['lambda.x86.provisioned.gbSeconds']!, false)) +
      cents(cost('lambda.requests', q['lambda.requests']!, true)) +
      cents(
        cost(
          'lambda.x86.provisioned.durationGbSeconds',
          q['lambda.x86.provisioned.durationGbSeconds']!,
          false,
        ),
      ) +
      cents(cost('lambda.x86.gbSeconds', q['lambda.x86.gbSeconds']!, true));
    expect(cents(total)).toBe(example('ex03').expected_monthly_usd);
  });

  it('ex06 Lambda response streaming: 976.56 GB beyond 6 MB, $39.04', () => {
    const q = catalog['lambda']!.usage(
      usageContext(
        catalog['lambda']!,
        load(3_000_000),
        { memoryMb: 1536 },
        { avgDurationMs: 500, streamedMbBeyond6PerRequest: 1 / 3, logBytesPerInvocation: 0 },
      ),
    ).quantities;
    expect(q['lambda.streaming.gb']).toBeCloseTo(976.5625, 6);
    // The page rounds each line to the cent before adding them.
    const total =
      cents(cost('lambda.x86.gbSeconds', q['lambda.x86.gbSeconds']!, true)) +
      cents(cost('lambda.requests', q['lambda.requests']!, true)) +
      cents(cost('lambda.streaming.gb', q['lambda.streaming.gb']!, false));
    expect(cents(total)).toBe(example('ex06').expected_monthly_usd);
  });

  it('ex10 S3 Standard 52,900 GB-months across two tiers: $1,215.00', () => {
    const q = catalog['s3']!.usage(
      usageContext(catalog['s3']!, load(0), {}, { storedGb: 52_900 }),
    ).quantities;
    expect(cents(cost('s3.standard.storageGbMonths', q['s3.standard.storageGbMonths']!, false))).toBe(
      example('ex10').expected_monthly_usd,
    );
  });

  it('ex13 S3 Standard-IA retrieval of 300 GB: $3.00', () => {
    const gb = 1024 ** 3;
    const reads = { eventsPerMonth: 300, peakPerSecond: 0, bytesPerMonth: 300 * gb };
    const q = catalog['s3']!.usage(
      usageContext(
        catalog['s3']!,
        load(300, gb, { read: reads }),
        { storageClass: 'STANDARD_IA' },
        { storedGb: 0 },
      ),
    ).quantities;
    expect(q['s3.standardIa.retrievalGb']).toBeCloseTo(300, 9);
    expect(cents(cost('s3.standardIa.retrievalGb', 300, false))).toBe(example('ex13').expected_monthly_usd);
  });

  it('ex19 API Gateway HTTP API, 432 M requests of 12 KB: $418.80', () => {
    const q = catalog['apiGateway']!.usage(
      usageContext(catalog['apiGateway']!, load(432_000_000, 12 * 1024), { apiType: 'HTTP' }),
    ).quantities;
    expect(q['apigateway.http.requests']).toBe(432_000_000);
    expect(cents(cost('apigateway.http.requests', q['apigateway.http.requests']!, false))).toBe(
      example('ex19').expected_monthly_usd,
    );
  });

  it('counts an HTTP API request over 512 KB as several requests', () => {
    const q = catalog['apiGateway']!.usage(
      usageContext(catalog['apiGateway']!, load(1000, 600 * 1024), { apiType: 'HTTP' }),
    ).quantities;
    expect(q['apigateway.http.requests']).toBe(2000);
  });

  it('ex21 API Gateway REST, 5 M calls: $17.50 in calls, $1.29 of 3 KB responses', () => {
    const q = catalog['apiGateway']!.usage(
      usageContext(catalog['apiGateway']!, load(5_000_000), { apiType: 'REST' }),
    ).quantities;
    expect(cents(cost('apigateway.rest.requests', q['apigateway.rest.requests']!, false))).toBe(17.5);
    const egressGb = (5_000_000 * 3 * 1024) / 1024 ** 3;
    expect(cents(cost('dataTransfer.internetOut', egressGb, false))).toBe(1.29);
  });

  it('ex26 CloudWatch 30 GB of logs, 3 metric filters, 6 GB archived: $12.53', () => {
    const q = catalog['cloudwatch']!.usage(
      usageContext(
        catalog['cloudwatch']!,
        load(0),
        {},
        { otherLogsIngestedGb: 30, logsStoredGb: 6, customMetrics: 0, alarms: 0, dashboards: 0 },
      ),
    ).quantities;
    const total =
      cost('cloudwatch.logs.ingestedGb', q['cloudwatch.logs.ingestedGb']!, true) +
      cost('cloudwatch.logs.storedGbMonths', q['cloudwatch.logs.storedGbMonths']!, true);
    expect(cents(total)).toBe(example('ex26').expected_monthly_usd);
  });

  it('ex15 EBS gp3 2,000 GB, 10,000 IOPS, 500 MB/s for 12 hours of a 30-day month: $3.625', () => {
    const q = catalog['ebs']!.usage(
      usageContext(
        catalog['ebs']!,
        load(0),
        { volumeType: 'gp3', sizeGb: 2000, iops: 10000, throughputMbps: 500 },
        { provisionedShare: 43200 / (86400 * 30) },
      ),
    ).quantities;
    // The example's region is hypothetical ("in a region that charges ..."): its storage and
    // IOPS prices are the us-east-1 ones, its throughput price ($0.06) is not (us-east-1: $0.04),
    // so that line is priced at the example's own figure.
    const prices = example('ex15').unit_prices;
    expect(book.meters['ebs.gp3.storageGbMonths']?.tiers[0]?.usd).toBe(prices['storage_usd_per_gb_month']);
    expect(book.meters['ebs.gp3.iopsMonths']?.tiers[0]?.usd).toBe(
      prices['iops_usd_per_iops_month_above_3000'],
    );
    const lines = [
      cost('ebs.gp3.storageGbMonths', q['ebs.gp3.storageGbMonths']!, false),
      cost('ebs.gp3.iopsMonths', q['ebs.gp3.iopsMonths']!, false),
      q['ebs.gp3.throughputMonths']! * prices['throughput_usd_per_mbps_month_above_125']!,
    ];
    expect(lines.map((l) => Math.round(l * 1000) / 1000)).toEqual([2.667, 0.583, 0.375]);
    expect(Math.round(lines.reduce((a, b) => a + b) * 1000) / 1000).toBe(
      example('ex15').expected_monthly_usd,
    );
  });

  it('ex17 EBS io1 2,000 GB and 1,000 IOPS for 12 hours: $5.25', () => {
    const q = catalog['ebs']!.usage(
      usageContext(
        catalog['ebs']!,
        load(0),
        { volumeType: 'io1', sizeGb: 2000, iops: 1000 },
        { provisionedShare: 43200 / (86400 * 30) },
      ),
    ).quantities;
    const total =
      cost('ebs.io1.storageGbMonths', q['ebs.io1.storageGbMonths']!, false) +
      cost('ebs.io1.iopsMonths', q['ebs.io1.iopsMonths']!, false);
    expect(cents(total)).toBe(example('ex17').expected_monthly_usd);
  });

  it('ex30 Glacier Flexible Retrieval: 15 M objects, 102,400 GB restored: $1,774', () => {
    const gb = 1024 ** 3;
    const reads = { eventsPerMonth: 15_000_000, peakPerSecond: 0, bytesPerMonth: 102_400 * gb };
    const q = catalog['glacierVault']!.usage(
      usageContext(
        catalog['glacierVault']!,
        load(15_000_000, (102_400 * gb) / 15_000_000, { read: reads }),
        { storageClass: 'GLACIER' },
        { storedGb: 0 },
      ),
    ).quantities;
    expect(q['s3.glacierFlexible.restoreRequests']).toBe(15_000_000);
    const total =
      cost('s3.glacierFlexible.restoreRequests', q['s3.glacierFlexible.restoreRequests']!, false) +
      cost('s3.glacierFlexible.retrievalGb', q['s3.glacierFlexible.retrievalGb']!, false);
    expect(cents(total)).toBe(example('ex30').expected_monthly_usd);
  });

  it('ex31 Fargate: 5 tasks of 1 vCPU / 2 GB / 30 GB for 10 min a day over 30 days: $1.26', () => {
    const q = catalog['ecsFargate']!.usage(
      usageContext(
        catalog['ecsFargate']!,
        load(0),
        { cpu: '1024', memoryMb: '2048', ephemeralStorageGb: 30, desiredCount: 5 },
        { runningHoursPerTask: (600 * 30) / 3600, peakHoursPerMonth: 0 },
      ),
    ).quantities;
    const lines = [
      cost('fargate.x86.vcpuSeconds', q['fargate.x86.vcpuSeconds']!, false),
      cost('fargate.x86.gbSeconds', q['fargate.x86.gbSeconds']!, false),
      cost('fargate.ephemeral.gbSeconds', q['fargate.ephemeral.gbSeconds']!, false),
    ];
    expect(lines.map(cents)).toEqual([1.01, 0.22, 0.03]);
    expect(cents(lines.map(cents).reduce((a, b) => a + b))).toBe(example('ex31').expected_monthly_usd);
  });
});
