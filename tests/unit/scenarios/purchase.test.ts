import { describe, expect, it } from 'vitest';
import { comparePurchaseOptions, updateScenario } from '../../../shared/scenarios';
import { deepFreeze, testCatalog, testDesign, testPriceBooks } from './fixtures';

const design = deepFreeze(testDesign());
const spaces = (s: string) => s.replace(/\s/g, ' ');

describe('comparePurchaseOptions', () => {
  /*
   * Only box.hours has commitment rates (1 y: 0.64, 3 y: 0.44 of on demand).
   *  normal: Model $73 on demand → 1 y $46.72, 3 y $32.12; the rest stays $10.
   *  totals $83 / $56.72 / $42.12; best 3 y saves $40.88 = 49.25 % → "49 %".
   */
  it('prices each option and names the cheapest', () => {
    const p = comparePurchaseOptions(design, testCatalog, testPriceBooks, { scenarioId: 'normal' });
    expect(p.options.map((o) => [o.option, o.totalMonthlyUsd, o.delta.delta])).toEqual([
      ['onDemand', 83, 0],
      ['commit1y', 56.72, -26.28],
      ['commit3y', 42.12, -40.88],
    ]);
    expect(p.best).toBe('commit3y');
    expect(p.text).toBe(
      'A 3-year commitment (no upfront) saves $40.88 a month (49 %) against on demand at this load.',
    );
    const fr = comparePurchaseOptions(design, testCatalog, testPriceBooks, {
      scenarioId: 'normal',
      lang: 'fr',
    });
    expect(spaces(fr.text)).toBe(
      'Un engagement de 3 ans (sans paiement initial) économise 40,88 $US par mois (49 %) par rapport à la demande, à cette charge.',
    );
  });

  it('stays on demand when no meter has a commitment rate', () => {
    // Without the box (its load moved away, the Model keeps its minimum instance), remove it entirely:
    const noBox = {
      ...design,
      nodes: design.nodes.filter((n) => n.id !== 'Model'),
      connections: design.connections.filter((c) => c.target !== 'Model'),
    };
    const p = comparePurchaseOptions(noBox, testCatalog, testPriceBooks, { scenarioId: 'normal' });
    // 83 − 73 = $10 whatever the option.
    expect(p.options.map((o) => o.totalMonthlyUsd)).toEqual([10, 10, 10]);
    expect(p.best).toBe('onDemand');
    expect(p.text).toBe('No commitment lowers this bill: stay on demand.');
  });

  it('ignores the scenario’s own purchase option (every option is priced)', () => {
    const committed = updateScenario(design, 'normal', { purchaseOption: 'commit1y' });
    const p = comparePurchaseOptions(committed, testCatalog, testPriceBooks, { scenarioId: 'normal' });
    expect(p.options[0]?.totalMonthlyUsd).toBe(83);
  });
});
