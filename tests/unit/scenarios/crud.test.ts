import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../../shared/model/parse';
import type { Design } from '../../../shared/model/design';
import {
  canDeleteScenario,
  createScenario,
  deleteScenario,
  duplicateScenario,
  moveScenario,
  renameScenario,
  reorderScenarios,
  scenarioIdFromName,
  setActiveScenario,
  updateScenario,
} from '../../../shared/scenarios';
import { deepFreeze, testDesign } from './fixtures';

function expectValid(design: Design): void {
  const parsed = parseDesign(JSON.parse(JSON.stringify(design)));
  expect(parsed.ok ? [] : parsed.issues).toEqual([]);
}

const ids = (d: Design): string[] => d.scenarios.map((s) => s.id);

describe('scenario CRUD (pure design transforms)', () => {
  const design = deepFreeze(testDesign());

  it('derives unique, valid ids from names', () => {
    expect(scenarioIdFromName('Black Friday', new Set())).toBe('blackFriday');
    expect(scenarioIdFromName('Black Friday', new Set(['blackFriday']))).toBe('blackFriday2');
    expect(scenarioIdFromName('Été 2026 — pic', new Set())).toBe('ete2026Pic');
    expect(scenarioIdFromName('2027', new Set())).toBe('scenario2027');
    expect(scenarioIdFromName('***', new Set())).toBe('scenario');
  });

  it('creates a scenario, makes it active, keeps the design valid', () => {
    const next = createScenario(design, {
      name: 'Black Friday',
      growthPerMonth: 0.1,
      loads: [{ nodeId: 'Api', eventsPerMonth: 5e7, payloadBytes: 2048 }],
    });
    expect(ids(next)).toEqual(['normal', 'peak', 'launch', 'blackFriday']);
    expect(next.activeScenarioId).toBe('blackFriday');
    expect(next.scenarios[3]).toMatchObject({
      name: 'Black Friday',
      freeTier: true,
      purchaseOption: 'onDemand',
    });
    expectValid(next);
    expect(design.scenarios).toHaveLength(3);
    const blank = createScenario(design, {}, { activate: false });
    expect(blank.scenarios[3]?.name).toBe('Scenario 4');
    expect(blank.activeScenarioId).toBe('normal');
    expectValid(blank);
  });

  it('refuses a scenario whose load names an unknown node', () => {
    expect(
      createScenario(design, { name: 'x', loads: [{ nodeId: 'Nope', eventsPerMonth: 1, payloadBytes: 1 }] }),
    ).toBe(design);
  });

  it('duplicates right after the source with a new id and a localized "(copy)" name', () => {
    const next = duplicateScenario(design, 'normal');
    expect(ids(next)).toEqual(['normal', 'normalCopy', 'peak', 'launch']);
    expect(next.scenarios[1]).toEqual({ ...design.scenarios[0], id: 'normalCopy', name: 'Normal (copy)' });
    expect(next.activeScenarioId).toBe('normalCopy');
    const again = duplicateScenario(next, 'normal', 'fr');
    expect(again.scenarios[1]?.name).toBe('Normal (copie)');
    const third = duplicateScenario(next, 'normal');
    expect(third.scenarios.map((s) => s.name)).toContain('Normal (copy) 2');
    expect(new Set(ids(third)).size).toBe(5);
    expectValid(third);
    // The copy does not share nested objects with its source.
    expect(next.scenarios[1]?.loads).not.toBe(design.scenarios[0]?.loads);
  });

  it('renames, refusing blank names and unknown ids', () => {
    const next = renameScenario(design, 'peak', '  Black Friday  ');
    expect(next.scenarios[1]).toMatchObject({ id: 'peak', name: 'Black Friday' });
    expect(renameScenario(design, 'peak', '   ')).toBe(design);
    expect(renameScenario(design, 'nope', 'x')).toBe(design);
    expectValid(next);
  });

  it('deletes, never the last scenario, moving the active one to the next', () => {
    const next = deleteScenario(design, 'normal');
    expect(ids(next)).toEqual(['peak', 'launch']);
    expect(next.activeScenarioId).toBe('peak');
    expectValid(next);
    const lastActive = deleteScenario(setActiveScenario(design, 'launch'), 'launch');
    expect(lastActive.activeScenarioId).toBe('peak');
    const keepsActive = deleteScenario(design, 'launch');
    expect(keepsActive.activeScenarioId).toBe('normal');
    const one = deleteScenario(deleteScenario(design, 'peak'), 'launch');
    expect(ids(one)).toEqual(['normal']);
    expect(canDeleteScenario(one, 'normal')).toBe(false);
    expect(deleteScenario(one, 'normal')).toBe(one);
    expectValid(one);
  });

  it('reorders with a permutation only, and moves one scenario', () => {
    expect(ids(reorderScenarios(design, ['launch', 'normal', 'peak']))).toEqual(['launch', 'normal', 'peak']);
    expect(reorderScenarios(design, ['launch', 'normal'])).toBe(design);
    expect(reorderScenarios(design, ['launch', 'launch', 'peak'])).toBe(design);
    expect(reorderScenarios(design, ['launch', 'normal', 'x'])).toBe(design);
    expect(ids(moveScenario(design, 'launch', 0))).toEqual(['launch', 'normal', 'peak']);
    expect(ids(moveScenario(design, 'normal', 99))).toEqual(['peak', 'launch', 'normal']);
    expectValid(moveScenario(design, 'launch', 1));
  });

  it('sets the active scenario', () => {
    expect(setActiveScenario(design, 'peak').activeScenarioId).toBe('peak');
    expect(setActiveScenario(design, 'nope')).toBe(design);
    expect(setActiveScenario(design, 'normal')).toBe(design);
  });

  it('updates fields and overrides through the schema, refusing invalid patches', () => {
    const next = updateScenario(design, 'normal', {
      growthPerMonth: 0.05,
      region: 'eu-west-3',
      purchaseOption: 'commit1y',
      overrides: { Work: { config: { memoryGb: 2 }, usage: {} } },
    });
    expect(next.scenarios[0]).toMatchObject({
      id: 'normal',
      growthPerMonth: 0.05,
      region: 'eu-west-3',
      purchaseOption: 'commit1y',
    });
    expect(next.scenarios[0]?.loads).toEqual(design.scenarios[0]?.loads);
    expectValid(next);
    const bad = { loads: [{ nodeId: 'Api', eventsPerMonth: -1, payloadBytes: 1024 }] };
    expect(updateScenario(design, 'normal', bad)).toBe(design);
    expect(updateScenario(design, 'normal', { name: ' ' })).toBe(design);
    expect(updateScenario(design, 'nope', { growthPerMonth: 1 })).toBe(design);
  });
});
