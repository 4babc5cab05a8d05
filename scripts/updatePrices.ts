/**
 * `npm run prices:update`: rewrites catalog/prices/<region>.json from AWS Price List
 * bulk-API offer files. Offers come from AWS (network) or from local files:
 *
 *   npm run prices:update -- --region us-east-1 --region eu-west-3
 *   npm run prices:update -- --offers ./offers     # ./offers/<offerCode>/<region>.json
 *   npm run prices:update -- --offers ./offers --out /tmp/books --dry-run
 *
 * Meters the offers do not price keep their existing sourced entry or stay `missing`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { catalog } from '../catalog/index';
import type { PriceBook } from '../shared/service/types';
import { transferMeters } from '../shared/simulation/transfer';
import { updateBook, type MeterInfo } from './prices/apply';
import { meterFilters, offers as offerCodes } from './prices/mapping';
import { offerProblems, offerUrl, type OfferFile } from './prices/offerFile';

export interface Options {
  readonly regions: readonly string[];
  /** Directory of offer files, or undefined to download them from AWS. */
  readonly offers?: string;
  readonly out: string;
  readonly dryRun: boolean;
}

export function parseArgs(argv: readonly string[]): Options {
  const regions: string[] = [];
  let offers: string | undefined;
  let out = 'catalog/prices';
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--region') regions.push(argv[++i] ?? '');
    else if (a === '--offers') offers = argv[++i];
    else if (a === '--out') out = argv[++i] ?? out;
    else if (a === '--dry-run') dryRun = true;
    else throw new Error(`Unknown argument ${a}`);
  }
  return {
    regions: regions.length > 0 ? regions : ['us-east-1', 'eu-west-3', 'eu-west-1'],
    ...(offers ? { offers } : {}),
    out,
    dryRun,
  };
}

/** Every meter the catalog bills, with its unit, plus the simulation's data-transfer meters (GB). */
export function catalogMeters(): MeterInfo[] {
  const byKey = new Map<string, MeterInfo>();
  for (const key of Object.values(transferMeters)) byKey.set(key, { key, unit: 'GB' });
  for (const service of Object.values(catalog))
    for (const m of service.meters) byKey.set(m.key, { key: m.key, unit: m.unit });
  return [...byKey.values()];
}

async function loadOffer(
  code: string,
  region: string,
  source: string | undefined,
): Promise<OfferFile | undefined> {
  let text: string;
  if (source === undefined) {
    const response = await fetch(offerUrl(code, region));
    if (!response.ok) return undefined;
    text = await response.text();
  } else {
    const file = [join(source, code, `${region}.json`), join(source, `${code}.${region}.json`)].find((f) =>
      existsSync(f),
    );
    if (!file) return undefined;
    text = readFileSync(file, 'utf8');
  }
  const parsed: unknown = JSON.parse(text);
  const problems = offerProblems(parsed);
  if (problems.length > 0) throw new Error(`${code} ${region}: ${problems.join(', ')}`);
  return parsed as OfferFile;
}

export async function run(
  options: Options,
  log: (line: string) => void = console.log,
): Promise<Record<string, PriceBook>> {
  const meters = catalogMeters();
  const books: Record<string, PriceBook> = {};
  for (const region of options.regions) {
    const offers: Record<string, OfferFile> = {};
    for (const code of offerCodes) {
      const offer = await loadOffer(code, region, options.offers);
      if (offer) offers[code] = offer;
    }
    const path = resolve(options.out, `${region}.json`);
    const current = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as PriceBook) : undefined;
    const { book, report } = updateBook(current, offers, meterFilters, meters, region);
    books[region] = book;
    log(
      `${region}: ${Object.keys(offers).length} offer file(s), ${report.updated.length} meter(s) updated, ${Object.keys(book.missing ?? {}).length} missing`,
    );
    if (!options.dryRun) {
      mkdirSync(resolve(options.out), { recursive: true });
      writeFileSync(path, `${JSON.stringify(book, null, 2)}\n`);
    }
  }
  return books;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]).endsWith('updatePrices.ts');
const usage = `Usage: npm run prices:update -- [--region R]... [--offers DIR] [--out DIR] [--dry-run]
  --region R   a region to rewrite (repeatable; default: every bundled book)
  --offers DIR read offer files from DIR/<offerCode>/<region>.json instead of the AWS Price List API
  --out DIR    where to write the books (default: catalog/prices)
  --dry-run    price everything, write nothing`;

if (invokedDirectly && process.argv.slice(2).some((a) => a === '--help' || a === '-h')) console.log(usage);
else if (invokedDirectly)
  Promise.resolve()
    .then(() => run(parseArgs(process.argv.slice(2))))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
