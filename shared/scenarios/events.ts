/**
 * Thresholds along a load curve or a projection: a meter's free tier used up, a price tier
 * boundary crossed, capacity stepping up (a new shard, a new instance), a quota warning.
 * Derived by comparing two cost reports; wording in English or French.
 */
import type { CostReport } from '../pricing/types';
import type { Catalog, Lang, PriceBook } from '../service/types';
import { formatNumber } from '../validation/numberFormat';
import { problemText } from '../validation/messages';
import type { ProblemParams } from '../validation/problem';

export type CurveEventKind = 'freeTierExhausted' | 'tierCrossed' | 'capacityStep' | 'warning';

export interface CurveEvent {
  readonly kind: CurveEventKind;
  /** Load factor (sweep) or month index (projection) where it first shows. */
  readonly at: number;
  readonly meter?: string;
  readonly nodeId?: string;
  /** Sizing key (capacityStep) or problem code (warning). */
  readonly key?: string;
  /** Sizing before and after (capacityStep) or the tier bound crossed (tierCrossed). */
  readonly from?: number;
  readonly to?: number;
  /** The words in the language the analysis was asked in (English by default). */
  readonly message: string;
  /** The same words in every language, for a view that shows the UI's language. */
  readonly messages: Readonly<Record<Lang, string>>;
}

/**
 * Problems that are not quota or capacity warnings even when they appear with load (a meter
 * without a price shows up only once it has a quantity).
 */
const notLoadWarnings = new Set([
  'missing_price',
  'missing_price_book',
  'unknown_scenario',
  'unknown_service',
  'usage_failed',
  'cycle',
]);

/** A warning as an event needs it: its English message and the params of its French text. */
interface LoadProblem {
  readonly code: string;
  readonly nodeId?: string;
  readonly message: string;
  readonly params?: ProblemParams;
}

/** What the events are detected from: the state of one report. */
export interface ReportState {
  /** Per meter: account-wide quantity, free allowance (null: none) and the highest tier used. */
  readonly meters: ReadonlyMap<
    string,
    { quantity: number; free: number | null; tierFrom: number; tierUpTo: number | null }
  >;
  /** `${nodeId}/${key}` → sized capacity. */
  readonly sizing: ReadonlyMap<string, number>;
  /** `${code}/${nodeId}/${connectionId}` → message, warnings and errors only. */
  readonly problems: ReadonlyMap<string, LoadProblem>;
}

/**
 * Extracts the event-relevant state of a report. The free allowance comes from the price
 * book of the report's region (0 when the scenario turns the free tier off).
 *
 * @example
 * reportState(report, priceBooks).meters.get('lambda.requests') // { quantity: 2e6, free: 1e6, tierFrom: 0, tierUpTo: null }
 */
export function reportState(
  report: CostReport,
  priceBooks: Readonly<Record<string, PriceBook>>,
): ReportState {
  const book = priceBooks[report.region];
  const meters = new Map<
    string,
    { quantity: number; free: number | null; tierFrom: number; tierUpTo: number | null }
  >();
  const lines = [...report.nodes.flatMap((n) => n.lines), ...report.connections.flatMap((c) => c.lines)];
  for (const line of lines) {
    const entry = book?.meters[line.meter];
    const free = entry?.freeTier && report.freeTier ? entry.freeTier.quantity : null;
    const m = meters.get(line.meter) ?? { quantity: 0, free, tierFrom: 0, tierUpTo: null };
    m.quantity += line.quantity;
    for (const t of line.tiers) {
      if (t.quantity > 0 && t.from >= m.tierFrom) {
        m.tierFrom = t.from;
        m.tierUpTo = t.upTo;
      }
    }
    meters.set(line.meter, m);
  }
  // Only sizing that is billed by time is a capacity step (shards, instances, provisioned
  // units); informational sizing such as Lambda concurrency is billed per use and left out.
  const sizing = new Map<string, number>();
  for (const n of report.nodes) {
    if (!n.lines.some((l) => /hour/i.test(l.unit))) continue;
    for (const [k, v] of Object.entries(n.sizing)) sizing.set(`${n.id}/${k}`, v);
  }
  const problems = new Map<string, LoadProblem>();
  for (const p of report.problems) {
    if (p.severity === 'info' || notLoadWarnings.has(p.code)) continue;
    problems.set(`${p.code}/${p.nodeId ?? ''}/${p.connectionId ?? ''}`, {
      code: p.code,
      ...(p.nodeId !== undefined ? { nodeId: p.nodeId } : {}),
      message: p.message,
      ...(p.params !== undefined ? { params: p.params } : {}),
    });
  }
  return { meters, sizing, problems };
}

/** An event found between two states, with a predicate to locate it more precisely. */
export interface Transition {
  readonly kind: CurveEventKind;
  readonly id: string;
  /** What changes: the meter, `${nodeId}/${sizingKey}` or the problem key. */
  readonly subject: string;
  /** True when the state already shows the change. */
  readonly reached: (state: ReportState) => boolean;
  readonly describe: (
    at: number,
    after: ReportState,
  ) => Omit<CurveEvent, 'at' | 'message' | 'messages'> & { words: Localized };
}

type Localized = Readonly<Record<Lang, string>>;

const isOver = (m: { quantity: number; free: number | null } | undefined): boolean =>
  m !== undefined && m.free !== null && m.quantity > m.free + 1e-9;

/**
 * The changes between `before` and `after`. Problems present in `ignore` (those a design has
 * at zero load: structural, not load-driven) are not reported as warnings.
 */
export function transitions(
  before: ReportState,
  after: ReportState,
  catalog: Catalog,
  nodeLabels: ReadonlyMap<string, string>,
  ignore: ReadonlySet<string> = new Set(),
): Transition[] {
  const out: Transition[] = [];
  const meterLabel = meterLabels(catalog);
  for (const [meter, m] of after.meters) {
    const b = before.meters.get(meter);
    const label = meterLabel.get(meter) ?? { en: meter, fr: meter };
    if (isOver(m) && !isOver(b)) {
      out.push({
        kind: 'freeTierExhausted',
        id: `free/${meter}`,
        subject: meter,
        reached: (s) => isOver(s.meters.get(meter)),
        describe: () => ({
          kind: 'freeTierExhausted',
          meter,
          words: { en: `${label.en}: free tier used up`, fr: `${label.fr} : offre gratuite épuisée` },
        }),
      });
    }
    if (b !== undefined && m.tierFrom > b.tierFrom && m.quantity > 0) {
      const bound = m.tierFrom;
      out.push({
        kind: 'tierCrossed',
        id: `tier/${meter}/${bound}`,
        subject: meter,
        reached: (s) => (s.meters.get(meter)?.tierFrom ?? 0) >= bound,
        describe: () => ({
          kind: 'tierCrossed',
          meter,
          to: bound,
          words: {
            en: `${label.en}: beyond ${bound.toLocaleString('en')}, next price tier`,
            fr: `${label.fr} : au-delà de ${formatNumber(bound, 'fr')}, palier de prix suivant`,
          },
        }),
      });
    }
  }
  for (const [key, value] of after.sizing) {
    const previous = before.sizing.get(key);
    if (previous === undefined || previous === value) continue;
    const [nodeId = '', sizingKey = ''] = key.split('/');
    const node = nodeLabels.get(nodeId) ?? nodeId;
    out.push({
      kind: 'capacityStep',
      id: `size/${key}/${previous}`,
      subject: key,
      reached: (s) => (s.sizing.get(key) ?? previous) !== previous,
      describe: (_at, state) => {
        const to = state.sizing.get(key) ?? value;
        return {
          kind: 'capacityStep',
          nodeId,
          key: sizingKey,
          from: previous,
          to,
          words: {
            en: `${node}: ${sizingKey} ${previous} → ${to}`,
            fr: `${node} : ${sizingWords(sizingKey, previous, to)}`,
          },
        };
      },
    });
  }
  for (const [key, p] of after.problems) {
    if (before.problems.has(key) || ignore.has(key)) continue;
    out.push({
      kind: 'warning',
      id: `problem/${key}`,
      subject: key,
      reached: (s) => s.problems.has(key),
      describe: () => ({
        kind: 'warning',
        key: p.code,
        ...(p.nodeId !== undefined ? { nodeId: p.nodeId } : {}),
        words: { en: p.message, fr: problemText({ severity: 'warning', ...p }, 'fr') },
      }),
    });
  }
  return out;
}

/** Meter key → localized "Service — meter" label, from the catalog's meter definitions. */
export function meterLabels(catalog: Catalog): Map<string, Localized> {
  const out = new Map<string, Localized>();
  for (const service of Object.values(catalog))
    for (const m of service.meters)
      out.set(m.key, { en: `${service.name.en} — ${m.label.en}`, fr: `${service.name.fr} — ${m.label.fr}` });
  return out;
}

/** Finishes an event: its position and its words in `lang`. */
export function toEvent(t: Transition, at: number, after: ReportState, lang: Lang): CurveEvent {
  const { words, ...rest } = t.describe(at, after);
  return { ...rest, at, message: words[lang], messages: words };
}

/** French names of the sizing keys the catalog reports (plural, after a count). */
const sizingNamesFr: Readonly<Record<string, string>> = {
  instances: 'instances',
  averageInstances: 'instances en moyenne',
  tasks: 'tâches',
  averageTasks: 'tâches en moyenne',
  nodes: 'nœuds',
  shards: 'partitions',
  acu: 'ACU',
  wcu: 'unités de capacité d’écriture (WCU)',
  rcu: 'unités de capacité de lecture (RCU)',
  concurrency: 'exécutions simultanées',
};

/**
 * A capacity step in French: "passage de 1 à 2 instances" (numbers in the French way; an
 * unknown sizing key is shown as it is).
 *
 * @example
 * sizingWords('shards', 1200, 1300) // 'passage de 1 200 à 1 300 partitions' (U+202F in the numbers)
 */
export function sizingWords(key: string, from: number, to: number): string {
  const name = sizingNamesFr[key] ?? key;
  return `passage de ${formatNumber(from, 'fr')} à ${formatNumber(to, 'fr')} ${name}`;
}
