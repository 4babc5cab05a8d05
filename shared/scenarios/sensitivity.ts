/**
 * Sensitivity (tornado chart): which inputs move the total most when each is varied by ±δ
 * on its own — entry loads, connection ratios, numeric config fields and usage inputs.
 */
import type { Design, Scenario } from '../model/design';
import { estimateDesign } from '../pricing';
import type { CostReport } from '../pricing/types';
import type { Catalog, Lang, NumberField, PriceBook } from '../service/types';
import { roundUsd } from './money';
import { formatShare, formatUsd, nodeDescription } from './words';

export type InputKind = 'load' | 'ratio' | 'config' | 'usage';

export interface SensitivityInput {
  readonly kind: InputKind;
  /** Stable id: 'load:Api', 'ratio:ApiToScore', 'config:Score.memoryMb', 'usage:Bucket.storedGb'. */
  readonly id: string;
  readonly label: string;
  readonly nodeId?: string;
  readonly connectionId?: string;
  readonly field?: string;
  /** The input's value now, and the values tried below and above. */
  readonly value: number;
  readonly lowValue: number;
  readonly highValue: number;
  /** Monthly totals with the input at lowValue and at highValue. */
  readonly lowUsd: number;
  readonly highUsd: number;
  /** |highUsd − lowUsd|. */
  readonly swing: number;
}

export interface Sensitivity {
  readonly scenarioId: string;
  readonly currency: 'USD';
  readonly delta: number;
  readonly baseUsd: number;
  /** Inputs that move the total, largest swing first (tornado bars, top to bottom). */
  readonly inputs: readonly SensitivityInput[];
  /** The most expensive node, its share of the bill, and the advice in words. */
  readonly suggestion: {
    readonly nodeId: string;
    readonly share: number;
    readonly text: string;
  } | null;
}

export interface SensitivityOptions {
  readonly scenarioId?: string;
  /** Relative variation, default 0.2 (±20 %). */
  readonly delta?: number;
  readonly lang?: Lang;
}

interface Candidate {
  readonly kind: InputKind;
  readonly id: string;
  readonly label: string;
  readonly nodeId?: string;
  readonly connectionId?: string;
  readonly field?: string;
  readonly value: number;
  readonly lowValue: number;
  readonly highValue: number;
  readonly apply: (design: Design, value: number) => Design;
}

function withScenario(design: Design, id: string, change: (s: Scenario) => Scenario): Design {
  return { ...design, scenarios: design.scenarios.map((s) => (s.id === id ? change(s) : s)) };
}

function withOverride(
  design: Design,
  scenarioId: string,
  nodeId: string,
  part: 'config' | 'usage',
  key: string,
  value: number,
): Design {
  return withScenario(design, scenarioId, (s) => {
    const current = s.overrides[nodeId] ?? { config: {}, usage: {} };
    return {
      ...s,
      overrides: { ...s.overrides, [nodeId]: { ...current, [part]: { ...current[part], [key]: value } } },
    };
  });
}

/** Values tried for a number field: ±δ, clamped to its bounds, integers stepping at least 1. */
function varied(value: number, delta: number, field?: NumberField): [number, number] {
  let low = value * (1 - delta);
  let high = value * (1 + delta);
  if (field?.integer) {
    low = Math.min(Math.round(low), value - 1);
    high = Math.max(Math.round(high), value + 1);
  }
  if (field?.min !== undefined) low = Math.max(low, field.min);
  if (field?.max !== undefined) high = Math.min(high, field.max);
  return [Math.max(0, low), high];
}

function candidates(
  design: Design,
  catalog: Catalog,
  scenario: Scenario,
  delta: number,
  lang: Lang,
): Candidate[] {
  const out: Candidate[] = [];
  const nodes = new Map(design.nodes.map((n) => [n.id, n]));
  const t =
    lang === 'fr' ? { load: 'Charge entrante', ratio: 'Ratio' } : { load: 'Entry load', ratio: 'Ratio' };
  scenario.loads.forEach((load, index) => {
    const [lowValue, highValue] = varied(load.eventsPerMonth, delta);
    out.push({
      kind: 'load',
      id: `load:${load.nodeId}:${index}`,
      label: `${t.load} — ${nodes.get(load.nodeId)?.label ?? load.nodeId}`,
      nodeId: load.nodeId,
      value: load.eventsPerMonth,
      lowValue,
      highValue,
      apply: (d, v) => {
        const f = load.eventsPerMonth > 0 ? v / load.eventsPerMonth : 0;
        const scale = (x: number | undefined): number | undefined => (x === undefined ? undefined : x * f);
        return withScenario(d, scenario.id, (s) => ({
          ...s,
          loads: s.loads.map((l, i) =>
            i !== index
              ? l
              : {
                  ...l,
                  eventsPerMonth: v,
                  ...(l.peakPerSecond !== undefined ? { peakPerSecond: l.peakPerSecond * f } : {}),
                  ...(l.range ? { range: { low: scale(l.range.low), high: scale(l.range.high) } } : {}),
                },
          ),
        }));
      },
    });
  });
  for (const c of design.connections) {
    const [lowValue, highValue] = varied(c.ratio, delta);
    const from = nodes.get(c.source)?.label ?? c.source;
    const to = nodes.get(c.target)?.label ?? c.target;
    out.push({
      kind: 'ratio',
      id: `ratio:${c.id}`,
      label: `${t.ratio} ${from} → ${to}`,
      connectionId: c.id,
      value: c.ratio,
      lowValue,
      highValue,
      apply: (d, v) => ({
        ...d,
        connections: d.connections.map((x) => (x.id === c.id ? { ...x, ratio: v } : x)),
      }),
    });
  }
  for (const node of design.nodes) {
    const service = catalog[node.service];
    if (!service) continue;
    const over = scenario.overrides[node.id];
    for (const [key, field] of Object.entries(service.config)) {
      if (field.type !== 'number') continue;
      const raw = over?.config[key] ?? node.config[key] ?? field.default;
      if (typeof raw !== 'number') continue;
      const [lowValue, highValue] = varied(raw, delta, field);
      out.push({
        kind: 'config',
        id: `config:${node.id}.${key}`,
        label: `${node.label} — ${field.label[lang]}`,
        nodeId: node.id,
        field: key,
        value: raw,
        lowValue,
        highValue,
        apply: (d, v) => withOverride(d, scenario.id, node.id, 'config', key, v),
      });
    }
    for (const [key, input] of Object.entries(service.usageInputs ?? {})) {
      const raw = over?.usage[key] ?? node.usage[key] ?? input.default;
      const [lowValue, highValue] = varied(raw, delta);
      out.push({
        kind: 'usage',
        id: `usage:${node.id}.${key}`,
        label: `${node.label} — ${input.label[lang]}`,
        nodeId: node.id,
        field: key,
        value: raw,
        lowValue,
        highValue,
        apply: (d, v) => withOverride(d, scenario.id, node.id, 'usage', key, v),
      });
    }
  }
  return out;
}

/**
 * Varies each input by ±delta alone and ranks them by the swing of the monthly total.
 *
 * Throws on a scenario id the design does not have: ids come from the design, so that is a
 * caller bug, not an expected failure.
 *
 * @example
 * const s = sensitivity(design, catalog, priceBooks, { scenarioId: 'normal', delta: 0.2, lang: 'fr' });
 * s.inputs[0] // { kind: 'load', label: 'Charge entrante — API', lowUsd: 330.1, highUsd: 494.6, swing: 164.5, … }
 * s.suggestion?.text // 'Endpoint (ml.m5.xlarge × 2) représente 61 % de la facture. …'
 */
export function sensitivity(
  design: Design,
  catalog: Catalog,
  priceBooks: Readonly<Record<string, PriceBook>>,
  options: SensitivityOptions = {},
): Sensitivity {
  const steps = sensitivitySteps(design, catalog, priceBooks, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Progress of a stepwise sensitivity: `done` inputs of `total` varied so far. */
export interface SensitivityProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * `sensitivity` one input at a time: yields after each candidate input (so a caller can
 * report progress, yield to its event loop or stop), returns the same result.
 *
 * @example
 * const steps = sensitivitySteps(design, catalog, priceBooks, { scenarioId: 'normal' });
 * let next = steps.next();
 * while (!next.done) { show(next.value.done, next.value.total); next = steps.next(); }
 * next.value // === sensitivity(design, catalog, priceBooks, { scenarioId: 'normal' }) (deep equal)
 */
export function* sensitivitySteps(
  design: Design,
  catalog: Catalog,
  priceBooks: Readonly<Record<string, PriceBook>>,
  options: SensitivityOptions = {},
): Generator<SensitivityProgress, Sensitivity, void> {
  const scenarioId = options.scenarioId ?? design.activeScenarioId ?? design.scenarios[0]?.id;
  const scenario = design.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) throw new Error(`No scenario "${scenarioId ?? ''}" to analyse`);
  const delta = options.delta ?? 0.2;
  const lang = options.lang ?? 'en';
  const total = (d: Design): number =>
    roundUsd(estimateDesign(d, catalog, priceBooks, { scenarioId: scenario.id }).totalMonthlyUsd);
  const base = estimateDesign(design, catalog, priceBooks, { scenarioId: scenario.id });
  const inputs: SensitivityInput[] = [];
  // A zero input (a feature switched off) has no ±δ neighbourhood: turning it on is a
  // design change, not a sensitivity.
  const tried = candidates(design, catalog, scenario, delta, lang).filter(
    (c) => c.value !== 0 && !(c.lowValue === c.value && c.highValue === c.value),
  );
  for (const [index, c] of tried.entries()) {
    const lowUsd = total(c.apply(design, c.lowValue));
    const highUsd = total(c.apply(design, c.highValue));
    const swing = roundUsd(Math.abs(highUsd - lowUsd));
    yield { done: index + 1, total: tried.length };
    if (swing < 0.000001) continue;
    const { apply: _apply, ...rest } = c;
    inputs.push({ ...rest, lowUsd, highUsd, swing });
  }
  inputs.sort((a, b) => b.swing - a.swing || a.id.localeCompare(b.id));
  return {
    scenarioId: scenario.id,
    currency: 'USD',
    delta,
    baseUsd: roundUsd(base.totalMonthlyUsd),
    inputs,
    suggestion: suggest(base, design, catalog, inputs[0], delta, lang),
  };
}

function suggest(
  report: CostReport,
  design: Design,
  catalog: Catalog,
  top: SensitivityInput | undefined,
  delta: number,
  lang: Lang,
): Sensitivity['suggestion'] {
  if (!(report.totalMonthlyUsd > 0)) return null;
  const biggest = [...report.nodes].sort((a, b) => b.monthlyUsd - a.monthlyUsd)[0];
  if (!biggest || biggest.monthlyUsd <= 0) return null;
  const share = biggest.monthlyUsd / report.totalMonthlyUsd;
  const what = nodeDescription(biggest, design, catalog, report.scenarioId);
  const pct = formatShare(share, lang);
  let text = lang === 'fr' ? `${what} représente ${pct} de la facture.` : `${what} is ${pct} of the bill.`;
  if (top) {
    const move = formatUsd(top.swing / 2, lang);
    const d = formatShare(delta, lang);
    text +=
      lang === 'fr'
        ? ` L'entrée la plus influente : ${top.label} (±${d} → ±${move} par mois).`
        : ` The input that moves the total most: ${top.label} (±${d} → ±${move} a month).`;
  }
  return { nodeId: biggest.id, share: Math.round(share * 1e6) / 1e6, text };
}
