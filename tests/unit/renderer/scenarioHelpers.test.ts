import { describe, expect, it } from 'vitest';
import { resolveBaseline } from '../../../renderer/src/scenarios/analysis';
import { categoryColor, type ChartTheme } from '../../../renderer/src/scenarios/chartTheme';
import { eventText, foldEvents } from '../../../renderer/src/scenarios/curveEvents';
import { deltaColor } from '../../../renderer/src/scenarios/diagramCompare';
import { parseAmount } from '../../../renderer/src/scenarios/NumberInput';
import type { CurveEvent, LoadSweep } from '../../../shared/scenarios';
import { designBuilder } from '../../support/designBuilder';

describe('parseAmount', () => {
  it.each([
    ['2000000', 'en', 2_000_000],
    ['2,000,000', 'en', 2_000_000],
    ['2 000 000', 'fr', 2_000_000],
    ['2\u202f000\u202f000', 'fr', 2_000_000],
    ['2,5', 'fr', 2.5],
    ['20M', 'en', 20_000_000],
    ['1.5k', 'en', 1500],
    ['1e6', 'en', 1_000_000],
    ['-3', 'en', -3],
  ] as const)('%s (%s) → %d', (text, lang, value) => {
    expect(parseAmount(text, lang)).toBe(value);
  });
  it.each(['', 'abc', '2M5', '1..2', '--1'])('refuses %j', (text) => {
    expect(parseAmount(text, 'en')).toBeNull();
  });
});

describe('foldEvents', () => {
  const step = (at: number, from: number, nodeId = 'Stream'): CurveEvent => ({
    kind: 'capacityStep',
    at,
    nodeId,
    key: 'shards',
    from,
    to: from + 1,
    message: `${nodeId}: shards ${from} → ${from + 1}`,
    messages: {
      en: `${nodeId}: shards ${from} → ${from + 1}`,
      fr: `${nodeId} : passage de ${from} à ${from + 1} partitions`,
    },
  });
  const sweep: LoadSweep = {
    scenarioId: 'normal',
    currency: 'USD',
    points: [],
    events: [
      step(2, 1),
      {
        kind: 'freeTierExhausted',
        at: 0.5,
        meter: 'lambda.requests',
        message: 'free tier used up',
        messages: { en: 'free tier used up', fr: 'offre gratuite épuisée' },
      },
      step(3, 2),
      step(4, 3),
      step(5, 1, 'Endpoint'),
    ],
  };
  it('folds the capacity steps of one node and key, keeps other events, sorts by factor', () => {
    const items = foldEvents(sweep);
    expect(items.map((i) => [i.kind, i.at, i.more])).toEqual([
      ['freeTierExhausted', 0.5, 0],
      ['capacityStep', 2, 2],
      ['capacityStep', 5, 0],
    ]);
    expect(items[1]?.last?.to).toBe(4);
    expect(items[2]?.last).toBeNull();
  });

  it('shows an event in the UI language, whatever language the analysis ran in', () => {
    const free = sweep.events[1]!;
    expect(eventText(free, 'fr')).toBe('offre gratuite épuisée');
    expect(eventText(free, 'en')).toBe('free tier used up');
    // A result from before events carried both languages: its one message.
    const { messages: _, ...old } = free;
    expect(eventText(old as CurveEvent, 'fr')).toBe('free tier used up');
  });
});

describe('resolveBaseline', () => {
  const design = designBuilder('D').node('Api', 'lambda').build();
  const withScenarios = {
    ...design,
    scenarios: [
      {
        id: 'a',
        name: 'A',
        freeTier: true,
        growthPerMonth: 0,
        purchaseOption: 'onDemand' as const,
        loads: [],
        overrides: {},
      },
      {
        id: 'b',
        name: 'B',
        freeTier: true,
        growthPerMonth: 0,
        purchaseOption: 'onDemand' as const,
        loads: [],
        overrides: {},
      },
    ],
  };
  it('keeps a chosen baseline that exists, else falls back to the first scenario', () => {
    expect(resolveBaseline(withScenarios, 'b')).toBe('b');
    expect(resolveBaseline(withScenarios, 'gone')).toBe('a');
    expect(resolveBaseline(withScenarios, null)).toBe('a');
    expect(resolveBaseline(design, null)).toBeNull();
  });
});

describe('delta colours', () => {
  const theme = {
    muted: '#888888',
    cheaper: '#00aa00',
    dearer: '#cc0000',
    series: ['#111111', '#222222', '#333333'],
  } as unknown as ChartTheme;
  it('red when dearer, green when cheaper, stronger with the magnitude, neutral without change', () => {
    expect(deltaColor(theme, 'up', 'large')).toBe('#cc0000ff');
    expect(deltaColor(theme, 'down', 'small').startsWith('#00aa00')).toBe(true);
    const alpha = (c: string): number => parseInt(c.slice(7), 16);
    expect(alpha(deltaColor(theme, 'up', 'small'))).toBeLessThan(alpha(deltaColor(theme, 'up', 'medium')));
    expect(alpha(deltaColor(theme, 'up', 'medium'))).toBeLessThan(alpha(deltaColor(theme, 'up', 'large')));
    expect(deltaColor(theme, 'none', 'large')).toBe('#888888');
    expect(deltaColor(theme, 'up', 'none')).toBe('#888888');
  });
  it('gives a category the same colour whatever else is charted', () => {
    expect(categoryColor(theme, 'compute')).toBe('#111111');
    expect(categoryColor(theme, 'storage')).toBe('#333333');
  });
});
