/**
 * Byte-identity check of cost reports across engine changes:
 *   npx tsx tests/bench/reportIdentity.ts write /tmp/before.json   (on the old code)
 *   npx tsx tests/bench/reportIdentity.ts check /tmp/before.json   (on the new code)
 * Covers the fraud template (every scenario x 3 regions x free tier on/off x purchase
 * options), a region without a price book, a user price, the plain `simulate`/`estimate`
 * path, and generated 1k/10k designs. Prints one sha256 per case; `check` exits 1 on any
 * difference and names the first differing case and character.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { catalog, priceBooks, templates } from '../../catalog';
import type { Design } from '../../shared/model/design';
import { estimate, estimateDesign } from '../../shared/pricing';
import { simulate } from '../../shared/simulation';
import { generateDesign } from './generateDesign';

const cases: [string, () => unknown][] = [];
const fraud = templates.find((t) => t.id === 'fraudDetection')!.design;
const regions = Object.keys(priceBooks);
for (const scenario of fraud.scenarios)
  for (const region of regions)
    for (const freeTier of [true, false])
      for (const purchaseOption of ['onDemand', 'commit1y', 'commit3y'] as const) {
        const design: Design = {
          ...fraud,
          scenarios: fraud.scenarios.map((s) => (s.id === scenario.id ? { ...s, region } : s)),
        };
        cases.push([
          `fraud ${scenario.id} ${region} free=${freeTier} ${purchaseOption}`,
          () =>
            estimateDesign(design, catalog, priceBooks, {
              scenarioId: scenario.id,
              freeTier,
              purchaseOption,
            }),
        ]);
      }
cases.push(['fraud loadFactor 100', () => estimateDesign(fraud, catalog, priceBooks, { loadFactor: 100 })]);
cases.push([
  'fraud no price book',
  () => estimateDesign({ ...fraud, region: 'ap-south-1', scenarios: [] }, catalog, priceBooks),
]);
cases.push(['fraud simulate', () => simulate(fraud, catalog)]);
cases.push([
  'fraud estimate(sim)',
  () => estimate(simulate(fraud, catalog), fraud, catalog, priceBooks['us-east-1']!),
]);
// A meter the fraud template really bills, priced by the user.
const meter = estimateDesign(fraud, catalog, priceBooks).nodes.find((n) => n.lines.length > 0)!.lines[0]!
  .meter;
cases.push([
  `fraud user price (${meter})`,
  () =>
    estimateDesign(
      { ...fraud, priceOverrides: [{ region: 'us-east-1', meter, usd: 0.5, per: 1 }] },
      catalog,
      priceBooks,
    ),
]);
const medium = generateDesign(1000, catalog);
const large = generateDesign(10_000, catalog);
for (const region of regions)
  for (const freeTier of [true, false]) {
    const design: Design = { ...medium, region, scenarios: medium.scenarios.map((s) => ({ ...s, region })) };
    cases.push([
      `generated 1k ${region} free=${freeTier}`,
      () => estimateDesign(design, catalog, priceBooks, { freeTier }),
    ]);
  }
cases.push([
  'generated 1k commit1y',
  () => estimateDesign(medium, catalog, priceBooks, { purchaseOption: 'commit1y' }),
]);
cases.push(['generated 1k simulate', () => simulate(medium, catalog)]);
cases.push(['generated 10k', () => estimateDesign(large, catalog, priceBooks)]);

const [mode, file] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'check') || !file) {
  console.error('usage: tsx tests/bench/reportIdentity.ts write|check <file>');
  process.exit(2);
}
const out: Record<string, string> = {};
for (const [name, run] of cases) out[name] = JSON.stringify(run());
const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
if (mode === 'write') {
  writeFileSync(file, JSON.stringify(out));
  for (const name in out) console.log(hash(out[name]!), name);
  console.log(`${cases.length} cases written to ${file}`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  let differing = 0;
  for (const name in out) {
    const a = before[name];
    const b = out[name]!;
    if (a === b) continue;
    differing++;
    let i = 0;
    while (a !== undefined && i < a.length && a[i] === b[i]) i++;
    console.log(
      `DIFFERENT ${name} at char ${i}: before …${a?.slice(i - 80, i + 80)}… after …${b.slice(i - 80, i + 80)}…`,
    );
  }
  console.log(`${cases.length - differing}/${cases.length} cases byte-identical`);
  process.exit(differing === 0 ? 0 : 1);
}
