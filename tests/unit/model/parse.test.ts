import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, parseDesign, parseDesignText, serializeDesign } from '../../../shared/model';

const minimal = () => ({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  name: 'Minimal',
  region: 'us-east-1',
  nodes: [
    { id: 'Api', service: 'apiGateway', label: 'API', position: { x: 0, y: 0 } },
    { id: 'Fn', service: 'lambda', label: 'Fn', position: { x: 100, y: 0 }, config: { memoryMb: 512 } },
  ],
  connections: [{ id: 'C1', source: 'Api', target: 'Fn', kind: 'invoke' }],
  scenarios: [{ id: 'normal', name: 'Normal', loads: [{ nodeId: 'Api', eventsPerMonth: 1000 }] }],
  activeScenarioId: 'normal',
});

function issuePaths(input: unknown): string[] {
  const r = parseDesign(input);
  return r.ok ? [] : r.issues.map((i) => i.path);
}

describe('parseDesign', () => {
  it('accepts a minimal design and fills defaults', () => {
    const r = parseDesign(minimal());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.connections[0]?.ratio).toBe(1);
    expect(r.value.scenarios[0]?.freeTier).toBe(true);
    expect(r.value.scenarios[0]?.loads[0]?.payloadBytes).toBe(1024);
    expect(r.value.groups).toEqual([]);
  });

  it('names the JSON path of a wrong type deep in the document', () => {
    const doc = minimal();
    (doc.nodes[1]!.position as { x: unknown }).x = 'left';
    expect(issuePaths(doc)).toEqual(['nodes[1].position.x']);
  });

  it('rejects an id that cannot be a CloudFormation logical id', () => {
    const doc = minimal();
    doc.nodes[0]!.id = 'my-api';
    expect(issuePaths(doc)).toContain('nodes[0].id');
  });

  it('rejects an unknown connection kind with its path', () => {
    const doc = minimal();
    (doc.connections[0] as { kind: string }).kind = 'teleport';
    expect(issuePaths(doc)).toEqual(['connections[0].kind']);
  });

  it('rejects a negative ratio', () => {
    const doc = minimal();
    (doc.connections[0] as { ratio?: number }).ratio = -0.5;
    expect(issuePaths(doc)).toEqual(['connections[0].ratio']);
  });

  it('reports dangling references and duplicate ids', () => {
    const doc = minimal();
    doc.connections[0]!.target = 'Ghost';
    doc.nodes[1]!.id = 'Api';
    const r = parseDesign(doc);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual(
      expect.arrayContaining([
        ['duplicate_id', 'nodes[1].id'],
        ['unknown_node', 'connections[0].target'],
      ]),
    );
  });

  it('reports an active scenario that does not exist', () => {
    const doc = { ...minimal(), activeScenarioId: 'peak' };
    expect(issuePaths(doc)).toEqual(['activeScenarioId']);
  });

  it('refuses a file from a newer Nuage instead of guessing', () => {
    const r = parseDesign({ ...minimal(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe('newer_schema_version');
  });

  it('reports invalid JSON text as an issue, not an exception', () => {
    const r = parseDesignText('{"schemaVersion": 1,');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe('invalid_json');
  });

  it('rejects non-objects at the root', () => {
    expect(issuePaths([])).toEqual(['']);
    expect(issuePaths(null)).toEqual(['']);
  });

  it('serialises deterministically and round-trips', () => {
    const r = parseDesign(minimal());
    if (!r.ok) throw new Error('fixture invalid');
    const text = serializeDesign(r.value);
    const again = parseDesignText(text);
    expect(again.ok && serializeDesign(again.value)).toBe(text);
  });
});

describe('migrations', () => {
  it('migrates the version 0 draft format (edges, no scenarios) forward', () => {
    const text = readFileSync(new URL('../../fixtures/designs/v0-draft.json', import.meta.url), 'utf8');
    const r = parseDesignText(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(r.value.connections).toEqual([
      { id: 'ApiToFn', source: 'Api', target: 'Fn', kind: 'invoke', ratio: 1 },
    ]);
    expect(r.value.scenarios).toEqual([]);
    expect(r.value).not.toHaveProperty('edges');
  });
});
