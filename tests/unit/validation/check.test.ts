import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../shared/service';
import { check, problemText } from '../../../shared/validation';
import { designBuilder } from '../../support/designBuilder';
import { batcher, gateway, server, table } from '../simulation/testCatalog';

/** The engine test catalog, with connection rules: gateway -> batcher (stream), batcher -> table (write). */
const catalog: Catalog = {
  gateway: { ...gateway, connections: [{ targets: ['batcher'], kinds: ['stream'] }] },
  batcher: { ...batcher, connections: [{ targets: ['table', 'batcher'], kinds: ['write'] }] },
  table,
  server,
};

const codes = (problems: readonly { code: string }[]) => problems.map((p) => p.code);

describe('check', () => {
  const valid = () =>
    designBuilder()
      .node('Api', 'gateway')
      .node('Batch', 'batcher', { config: { batchSize: 10 } })
      .node('Table', 'table')
      .connect('Api', 'Batch', 'stream')
      .connect('Batch', 'Table', 'write')
      .load('Api', 1000);

  it('finds nothing wrong in a valid design', () => {
    expect(check(valid().build(), catalog)).toEqual([]);
  });

  it('refuses connections the catalog does not allow, and kinds it does not list', () => {
    const design = valid().connect('Api', 'Table', 'write').connect('Api', 'Batch', 'invoke').build();
    const problems = check(design, catalog);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'connection_not_allowed',
        connectionId: 'ApiToTable',
        severity: 'error',
      }),
      expect.objectContaining({ code: 'connection_kind_not_allowed', connectionId: 'ApiToBatch2' }),
    ]);
    expect(problems[1]?.message).toContain('allowed: stream');
  });

  it('reports config values failing their field rules, unknown settings, and bad overrides', () => {
    const design = valid()
      .node('Bad', 'batcher', { config: { batchSize: 0.5, size: 'huge', colour: 'red' } })
      .connect('Api', 'Bad', 'stream')
      .override('Batch', { config: { batchSize: -3 } })
      .build();
    const problems = check(design, catalog);
    expect(codes(problems)).toEqual(['invalid_config', 'invalid_config', 'invalid_config', 'unknown_config']);
    expect(problems[0]).toMatchObject({ nodeId: 'Batch' });
    expect(problems[0]?.message).toContain('in scenario "default"');
    expect(problems[1]).toMatchObject({ nodeId: 'Bad' });
    expect(problems[3]?.message).toContain('"colour"');
  });

  it('reports unknown services, cycles, unreached nodes and load on non-entry services', () => {
    const design = valid()
      .node('Ghost', 'teleporter')
      .node('Idle', 'server')
      .node('Loop1', 'batcher')
      .node('Loop2', 'batcher')
      .connect('Loop1', 'Loop2', 'write')
      .connect('Loop2', 'Loop1', 'write')
      .load('Table', 5)
      .build();
    const problems = check(design, catalog);
    expect(codes(problems)).toEqual(['unknown_service', 'cycle', 'not_entry_point', 'no_load']);
    expect(problems[1]?.message).toContain('Loop1 → Loop2');
    // Idle receives nothing; the loop nodes send, so they count as self-driven.
    expect(problems.filter((p) => p.code === 'no_load').map((p) => p.nodeId)).toEqual(['Idle']);
    expect(problems.find((p) => p.code === 'no_load')?.severity).toBe('info');
  });

  it('includes the quota warnings raised by usage in the active scenario', () => {
    const design = designBuilder()
      .node('Api', 'gateway')
      .node('Batch', 'batcher')
      .connect('Api', 'Batch', 'stream')
      .load('Api', 1000, { peakPerSecond: 1000 })
      .build();
    expect(check(design, catalog)).toEqual([
      { severity: 'warning', code: 'quota', message: 'Batch: peak above 100 per second', nodeId: 'Batch' },
    ]);
  });

  it('reports every node of a retired service as an error that says when and what to use instead', () => {
    const retiredCatalog: Catalog = {
      ...catalog,
      table: {
        ...table,
        retired: {
          on: '2025-12-15',
          source: 'https://docs.aws.amazon.com/notice',
          instead: { en: 'use a server', fr: 'utilisez un serveur' },
        },
      },
    };
    const problems = check(valid().node('Table2', 'table').build(), retiredCatalog);
    const retired = problems.filter((p) => p.code === 'service_retired');
    expect(retired.map((p) => [p.nodeId, p.severity])).toEqual([
      ['Table', 'error'],
      ['Table2', 'error'],
    ]);
    expect(retired[0]?.message).toContain('retired on 2025-12-15');
    expect(retired[0]?.message).toContain('Instead, use a server');
    expect(problemText(retired[0]!, 'fr')).toContain('retiré par AWS le 2025-12-15');
    expect(problemText(retired[0]!, 'fr')).toContain('À la place, utilisez un serveur');
    // The same design on the catalog without the retirement has none.
    expect(codes(check(valid().build(), catalog))).not.toContain('service_retired');
  });

  it('reports a node whose service AWS does not offer in the design region, or in a scenario region', () => {
    const regional: Catalog = {
      ...catalog,
      table: { ...table, notOfferedIn: { 'eu-west-3': 'https://docs.aws.amazon.com/regions' } },
    };
    const inParis = valid().region('eu-west-3').build();
    const problems = check(inParis, regional).filter((p) => p.code === 'service_not_in_region');
    expect(problems).toEqual([expect.objectContaining({ nodeId: 'Table', severity: 'error' })]);
    expect(problems[0]?.message).toBe(
      '"Table" uses Table, which AWS does not offer in eu-west-3: choose another region or another service (https://docs.aws.amazon.com/regions)',
    );
    expect(problemText(problems[0]!, 'fr')).toBe(
      '« Table » utilise Table, qu’AWS ne propose pas dans eu-west-3 : choisissez une autre région ou un autre service (https://docs.aws.amazon.com/regions)',
    );
    // Elsewhere, nothing; a scenario priced in Paris names itself.
    expect(codes(check(valid().build(), regional))).not.toContain('service_not_in_region');
    const design = valid().build();
    const scenarioInParis = {
      ...design,
      scenarios: design.scenarios.map((s) => ({ ...s, region: 'eu-west-3' })),
    };
    const inScenario = check(scenarioInParis, regional).filter((p) => p.code === 'service_not_in_region');
    expect(inScenario.map((p) => p.message)).toEqual([
      expect.stringContaining('in eu-west-3 (region of scenario "default")'),
    ]);
    expect(problemText(inScenario[0]!, 'fr')).toContain('(région du scénario « default »)');
  });
});
