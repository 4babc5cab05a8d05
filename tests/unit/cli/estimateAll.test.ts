import { describe, expect, it } from 'vitest';
import { catalog, priceBooks, templates } from '../../../catalog';
import { runEstimate } from '../../../cli/commands/estimate';
import { runCli } from '../../../cli/main';
import {
  allScenariosJson,
  formatAllScenariosTable,
  printAllScenarios,
} from '../../../cli/commands/estimateAll';
import { estimateDesign } from '../../../shared/pricing';
import { testCatalog, testDesign, testPriceBooks } from '../scenarios/fixtures';
import { memoryIo } from '../../support/memoryIo';

const design = testDesign();

const deps = { catalog: testCatalog, priceBooks: testPriceBooks };

describe('nuage estimate --scenario all (side by side)', () => {
  it('gives one column per scenario, one row per service, and the totals of single estimates', () => {
    const json = allScenariosJson(design, deps);
    expect(json.baseline).toBe('normal');
    // Hand figures: normal $83, peak $305 (compare.test.ts), launch $76.40 (sweep.test.ts month 0).
    expect(json.scenarios).toEqual([
      {
        id: 'normal',
        name: 'Normal',
        region: 'us-east-1',
        totalMonthlyUsd: 83,
        changeUsd: 0,
        changePct: 0,
        unpricedLines: 0,
      },
      {
        id: 'peak',
        name: 'Peak',
        region: 'us-east-1',
        totalMonthlyUsd: 305,
        changeUsd: 222,
        changePct: 267.47,
        unpricedLines: 0,
      },
      {
        id: 'launch',
        name: 'Launch',
        region: 'us-east-1',
        totalMonthlyUsd: 76.4,
        changeUsd: -6.6,
        changePct: -7.95,
        unpricedLines: 0,
      },
    ]);
    for (const s of json.scenarios)
      expect(s.totalMonthlyUsd).toBe(
        estimateDesign(design, testCatalog, testPriceBooks, { scenarioId: s.id }).totalMonthlyUsd,
      );
    expect(json.services).toEqual([
      { service: 'box', name: 'Box', monthlyUsd: { normal: 73, peak: 219, launch: 73 } },
      { service: 'bucket', name: 'Bucket', monthlyUsd: { normal: 7, peak: 52, launch: 3 } },
      { service: 'gate', name: 'Gate', monthlyUsd: { normal: 1, peak: 19, launch: 0 } },
      { service: 'worker', name: 'Worker', monthlyUsd: { normal: 2, peak: 15, launch: 0.4 } },
    ]);
    for (const s of json.scenarios)
      expect(json.services.reduce((sum, r) => sum + (r.monthlyUsd[s.id] ?? 0), 0)).toBeCloseTo(
        s.totalMonthlyUsd,
        6,
      );
  });

  it('prints an aligned table with a total row and the change against the active scenario', () => {
    const text = formatAllScenariosTable(allScenariosJson(design, deps));
    const lines = text.split('\n');
    expect(lines[0]).toBe('All scenarios of "Scenario test", USD per month');
    expect(lines[2]).toMatch(/^Service\s+Normal\s+Peak\s+Launch$/);
    expect(lines[3]).toMatch(/^Region\s+us-east-1\s+us-east-1\s+us-east-1$/);
    expect(text).toMatch(/\nBox \(box\)\s+\$73\.00\s+\$219\.00\s+\$73\.00\n/);
    expect(text).toMatch(/\nTotal\s+\$83\.00\s+\$305\.00\s+\$76\.40\n/);
    expect(text).toMatch(/\nChange vs Normal\s+-\s+\+\$222\.00 \(\+267\.5 %\)\s+-\$6\.60 \(-8\.0 %\)\n/);
    // Columns line up: every table row has the same length.
    const table = lines.slice(2).filter((l) => l !== '');
    expect(new Set(table.map((l) => l.length)).size).toBe(1);
    expect(JSON.parse(printAllScenarios(design, 'json', deps))).toEqual(allScenariosJson(design, deps));
  });

  it('is what `nuage estimate <design> --scenario all` prints as a table', async () => {
    const { io, out } = memoryIo({ 'd.nuage.json': JSON.stringify(design) });
    expect(await runEstimate(['d.nuage.json', '--scenario', 'all'], io, deps)).toBe(0);
    expect(out.stdout).toBe(formatAllScenariosTable(allScenariosJson(design, deps)));
  });

  it('runs through the CLI entry on the bundled fraud template', async () => {
    const fraud = templates[0]!.design;
    const { io, out } = memoryIo({ 'fraud.nuage.json': JSON.stringify(fraud) });
    expect(await runCli(['estimate', 'fraud.nuage.json', '--scenario', 'all', '--format', 'table'], io)).toBe(
      0,
    );
    const total = out.stdout.split('\n').find((l) => l.startsWith('Total'))!;
    const money = (n: number) =>
      `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    for (const s of fraud.scenarios)
      expect(total).toContain(
        money(estimateDesign(fraud, catalog, priceBooks, { scenarioId: s.id }).totalMonthlyUsd),
      );
    expect(out.stdout).toMatch(/^Service\s+Normal month\s+Launch\s+Black Friday peak$/m);
  });
});

describe('nuage estimate --scenario all with unpriced lines', () => {
  it('marks a service whose lines lack a price with "+ ?" instead of showing it as free', () => {
    const fraud = templates.find((t) => /fraud/i.test(t.id))!.design;
    // A region with no bundled book: every line of every service is unpriced.
    const design = {
      ...fraud,
      region: 'ap-south-2',
      scenarios: fraud.scenarios.map((s) => ({ ...s, region: undefined })),
    };
    const json = allScenariosJson(design, { catalog, priceBooks });
    for (const row of json.services)
      for (const s of json.scenarios) {
        const report = estimateDesign(design, catalog, priceBooks, { scenarioId: s.id });
        const missing = report.nodes
          .filter((n) => n.service === row.service)
          .flatMap((n) => n.lines)
          .filter((l) => l.missingPrice).length;
        expect([row.service, s.id, row.unpricedLines?.[s.id] ?? 0]).toEqual([row.service, s.id, missing]);
      }
    const table = formatAllScenariosTable(json);
    const apiRow = table.split('\n').find((l) => l.includes('(apiGateway)'))!;
    expect(apiRow).toMatch(/\$0\.00 \+ \?/);
  });
});
