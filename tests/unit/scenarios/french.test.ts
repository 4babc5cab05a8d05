import { describe, expect, it } from 'vitest';
import { catalog, priceBooks, templates } from '../../../catalog';
import {
  comparePurchaseOptions,
  projectMonths,
  sizingWords,
  sweepLoad,
  type CurveEvent,
} from '../../../shared/scenarios';
import { deepFreeze } from './fixtures';

const fraud = templates.find((t) => t.id === 'fraudDetection') ?? templates[0]!;
const design = deepFreeze(structuredClone(fraud.design));
const bad = /undefined|NaN|null|\{\w+\}|\$\{/;

/** French differs from English, is free of placeholders; `message` is the asked language. */
function expectBilingual(e: CurveEvent, lang: 'en' | 'fr'): void {
  expect(e.message).toBe(e.messages[lang]);
  expect(e.messages.fr).not.toBe(e.messages.en);
  expect(e.messages.fr).not.toMatch(bad);
  expect(e.messages.en).not.toMatch(bad);
}

describe('scenario analyses in French', () => {
  const en = sweepLoad(design, catalog, priceBooks, { scenarioId: 'normal', refineSteps: 4 });
  const fr = sweepLoad(design, catalog, priceBooks, { scenarioId: 'normal', refineSteps: 4, lang: 'fr' });

  // The Black Friday month crosses API Gateway's 333 M-request price tier within 100×.
  const peak = sweepLoad(design, catalog, priceBooks, { scenarioId: 'peak', refineSteps: 4 });

  it('sweep 0.1×–100× of the fraud template: every event kind has French text', () => {
    expect(new Set([...en.events, ...peak.events].map((e) => e.kind))).toEqual(
      new Set(['freeTierExhausted', 'tierCrossed', 'capacityStep', 'warning']),
    );
    for (const e of [...en.events, ...peak.events]) expectBilingual(e, 'en');
    for (const e of fr.events) expectBilingual(e, 'fr');
    // Same events, same English whatever language was asked.
    expect(fr.events.map((e) => e.messages.en)).toEqual(en.events.map((e) => e.message));
  });

  it('words each kind in natural French with French numbers', () => {
    const api = en.events.find(
      (e) => e.kind === 'freeTierExhausted' && e.meter === 'apigateway.rest.requests',
    );
    expect(api?.messages.fr).toMatch(/^Amazon API Gateway.* : offre gratuite épuisée$/);
    const step = en.events.find(
      (e) => e.kind === 'capacityStep' && e.nodeId === 'FraudModel' && e.from === 1,
    );
    expect(step?.messages.en).toMatch(/: instances 1 → 2$/);
    expect(step?.messages.fr).toMatch(/ : passage de 1 à 2 instances$/);
    // The endpoint's capacity warning, rendered from the problem's params (not the English).
    const warning = en.events.find((e) => e.kind === 'warning' && e.nodeId === 'FraudModel');
    expect(warning?.messages.en).toMatch(/[a-z]/);
    expect(warning?.messages.fr).toMatch(/[éèàêç]|’/);
    const tier = peak.events.find((e) => e.kind === 'tierCrossed');
    expect(tier?.messages.fr).toContain('palier de prix suivant');
    expect(tier?.messages.fr).toContain(
      `au-delà de ${String(tier?.to).replace(/\B(?=(\d{3})+$)/g, '\u202f')}`,
    );
  });

  it('projection with growth: events and free-tier ends in both languages', () => {
    const p = projectMonths(design, catalog, priceBooks, { scenarioId: 'launch', months: 24 });
    expect(p.growthPerMonth).toBeGreaterThan(0);
    expect(p.events.length).toBeGreaterThan(0);
    for (const e of p.events) expectBilingual(e, 'en');
    expect(p.freeTierEnds.length).toBeGreaterThan(0);
    for (const end of p.freeTierEnds) {
      expect(end.label).toBe(end.labels.en);
      expect(end.labels.fr).not.toBe(end.labels.en);
      expect(end.labels.fr).not.toMatch(bad);
    }
  });

  it('purchase options: the advice in both languages, English unchanged', () => {
    for (const scenario of design.scenarios) {
      const en = comparePurchaseOptions(design, catalog, priceBooks, { scenarioId: scenario.id });
      const fr = comparePurchaseOptions(design, catalog, priceBooks, { scenarioId: scenario.id, lang: 'fr' });
      expect(en.text).toBe(en.texts.en);
      expect(fr.text).toBe(en.texts.fr);
      expect(fr.texts).toEqual(en.texts);
      expect(en.texts.fr).not.toBe(en.texts.en);
      expect(en.texts.fr).not.toMatch(bad);
    }
    const normal = comparePurchaseOptions(design, catalog, priceBooks, { scenarioId: 'normal' });
    if (normal.best !== 'onDemand') expect(normal.texts.fr).toMatch(/économise .* par mois \(\d+ %\)/);
  });

  it('names capacity steps in French, numbers grouped the French way', () => {
    expect(sizingWords('shards', 1200, 1300)).toBe('passage de 1\u202f200 à 1\u202f300 partitions');
    expect(sizingWords('tasks', 2, 3)).toBe('passage de 2 à 3 tâches');
    expect(sizingWords('somethingNew', 1, 2)).toBe('passage de 1 à 2 somethingNew');
  });
});
