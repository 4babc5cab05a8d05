import { describe, expect, it } from 'vitest';
import { sensitivity } from '../../../shared/scenarios';
import { deepFreeze, testCatalog, testDesign, testPriceBooks } from './fixtures';

const design = deepFreeze(testDesign());
const spaces = (s: string | undefined) => s?.replace(/\s/g, ' ');

describe('sensitivity (tornado data)', () => {
  /*
   * normal = $83.00 (see compare.test.ts). Each input alone at −20 % / +20 %:
   *  Api load 1.6 M / 2.4 M (peak 40 / 60): Api $0.60/$1.40, Work $1.60/$2.40,
   *     Store $2 + $4/$6, Model $73 (4 / 6 rps: 1 instance)          → $81.20 / $84.80, swing $3.60
   *  ratio Api→Work 0.8 / 1.2: Work $1.60/$2.40, Store $6/$8        → $81.60 / $84.40, swing $2.80
   *  ratio Work→Store 0.4 / 0.6: PUTs 0.8 M / 1.2 M → Store $6/$8   → $82.00 / $84.00, swing $2.00
   *  Work memory 0.8 / 1.2 GB, Work seconds 0.08 / 0.12, Store 80 / 120 GB: ±$0.40 → swing $0.80 each
   *  ratio Api→Model, Model rps per instance (16 / 24), max instances (3 / 5): still 1 instance → no swing
   */
  const s = sensitivity(design, testCatalog, testPriceBooks, { scenarioId: 'normal', delta: 0.2 });

  it('ranks the inputs that move the total by swing, leaving out those that do not', () => {
    expect(s.baseUsd).toBe(83);
    expect(s.inputs.map((i) => [i.id, i.lowUsd, i.highUsd, i.swing])).toEqual([
      ['load:Api:0', 81.2, 84.8, 3.6],
      ['ratio:ApiToWork', 81.6, 84.4, 2.8],
      ['ratio:WorkToStore', 82, 84, 2],
      ['config:Work.memoryGb', 82.6, 83.4, 0.8],
      ['usage:Store.storedGb', 82.6, 83.4, 0.8],
      ['usage:Work.secondsPerEvent', 82.6, 83.4, 0.8],
    ]);
    expect(s.inputs[0]).toMatchObject({
      kind: 'load',
      value: 2e6,
      lowValue: 1.6e6,
      highValue: 2.4e6,
      label: 'Entry load — Api',
    });
    expect(s.inputs[1]?.label).toBe('Ratio Api → Work');
    expect(s.inputs[3]?.label).toBe('Work — Memory');
  });

  it('puts the top suggestion in words, in English and French', () => {
    // Model $73 of $83 = 87.95 % → 88 %; top input swing $3.60 → ±$1.80
    expect(s.suggestion?.nodeId).toBe('Model');
    expect(s.suggestion?.share).toBeCloseTo(73 / 83, 6);
    expect(s.suggestion?.text).toBe(
      'Model (small) is 88 % of the bill. The input that moves the total most: Entry load — Api (±20 % → ±$1.80 a month).',
    );
    const fr = sensitivity(design, testCatalog, testPriceBooks, { scenarioId: 'normal', lang: 'fr' });
    expect(spaces(fr.suggestion?.text)).toBe(
      "Model (small) représente 88 % de la facture. L'entrée la plus influente : Charge entrante — Api (±20 % → ±1,80 $US par mois).",
    );
    expect(fr.inputs[3]?.label).toBe('Work — Mémoire');
  });

  it('steps integer sizing fields by whole units and names the sized count', () => {
    // peak: Model sees 50 rps. rps per instance 16 → ceil(50/16) = 4 instances ($292); 24 → 3 ($219).
    const p = sensitivity(design, testCatalog, testPriceBooks, { scenarioId: 'peak' });
    const rps = p.inputs.find((i) => i.id === 'config:Model.perInstanceRps');
    expect(rps).toMatchObject({
      value: 20,
      lowValue: 16,
      highValue: 24,
      lowUsd: 305 + 73,
      highUsd: 305,
      swing: 73,
    });
    // Model $219 of $305 = 71.8 % → 72 %, 3 instances.
    expect(p.suggestion?.text.startsWith('Model (small × 3) is 72 % of the bill.')).toBe(true);
  });

  it('does not mutate the design', () => {
    expect(() => sensitivity(design, testCatalog, testPriceBooks)).not.toThrow();
  });
});
