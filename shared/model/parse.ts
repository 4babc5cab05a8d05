import type { Design } from './design';
import { CURRENT_SCHEMA_VERSION, designSchema } from './design';
import { migrations } from './migrations';
import { fail, formatPath, ok, type Issue, type Result } from '../result';

/**
 * The one boundary parser for design documents: migrates any older `schemaVersion`
 * forward, validates with zod, then checks references (unique ids, connections and
 * groups pointing at things that exist). Never throws on bad input.
 *
 * @example
 * const r = parseDesign(JSON.parse(text));
 * if (r.ok) open(r.value); else show(r.issues); // [{ path: 'nodes[2].id', ... }]
 */
export function parseDesign(input: unknown): Result<Design> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail([{ code: 'not_an_object', message: 'A design must be a JSON object', path: '' }]);
  }
  const migrated = migrate(input as Record<string, unknown>);
  if (!migrated.ok) return migrated;
  const parsed = designSchema.safeParse(migrated.value);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((i) => ({
        code: i.code,
        message: i.message,
        path: formatPath(i.path),
      })),
    );
  }
  const refIssues = checkReferences(parsed.data);
  return refIssues.length > 0 ? fail(refIssues) : ok(parsed.data);
}

/** Parses JSON text, reporting a syntax error as an issue rather than throwing. */
export function parseDesignText(text: string): Result<Design> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail([{ code: 'invalid_json', message: `Not valid JSON: ${(error as Error).message}`, path: '' }]);
  }
  return parseDesign(json);
}

/** Serialises a design the same way every time (2-space JSON, trailing newline). */
export function serializeDesign(design: Design): string {
  return `${JSON.stringify(design, null, 2)}\n`;
}

function migrate(doc: Record<string, unknown>): Result<unknown> {
  const version = doc['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail([
      {
        code: 'invalid_schema_version',
        message: 'schemaVersion must be a whole number',
        path: 'schemaVersion',
      },
    ]);
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return fail([
      {
        code: 'newer_schema_version',
        message: `This file was written by a newer Nuage (schemaVersion ${version}; this version reads up to ${CURRENT_SCHEMA_VERSION})`,
        path: 'schemaVersion',
      },
    ]);
  }
  let current: Record<string, unknown> = doc;
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step) {
      return fail([
        { code: 'no_migration', message: `No migration from schemaVersion ${v}`, path: 'schemaVersion' },
      ]);
    }
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return ok(current);
}

function checkReferences(design: Design): Issue[] {
  const issues: Issue[] = [];
  const ids = new Map<string, string>();
  const claim = (id: string, path: string): void => {
    const previous = ids.get(id);
    if (previous !== undefined) {
      issues.push({
        code: 'duplicate_id',
        message: `Id "${id}" is already used at ${previous}`,
        path,
      });
    } else ids.set(id, path);
  };
  design.nodes.forEach((n, i) => claim(n.id, `nodes[${i}].id`));
  design.groups.forEach((g, i) => claim(g.id, `groups[${i}].id`));
  design.connections.forEach((c, i) => claim(c.id, `connections[${i}].id`));

  const nodeIds = new Set(design.nodes.map((n) => n.id));
  const groupIds = new Set(design.groups.map((g) => g.id));
  design.connections.forEach((c, i) => {
    if (!nodeIds.has(c.source))
      issues.push({
        code: 'unknown_node',
        message: `No node "${c.source}"`,
        path: `connections[${i}].source`,
      });
    if (!nodeIds.has(c.target))
      issues.push({
        code: 'unknown_node',
        message: `No node "${c.target}"`,
        path: `connections[${i}].target`,
      });
  });
  design.nodes.forEach((n, i) => {
    if (n.group !== undefined && !groupIds.has(n.group))
      issues.push({ code: 'unknown_group', message: `No group "${n.group}"`, path: `nodes[${i}].group` });
  });
  design.groups.forEach((g, i) => {
    if (g.parent !== undefined && !groupIds.has(g.parent))
      issues.push({ code: 'unknown_group', message: `No group "${g.parent}"`, path: `groups[${i}].parent` });
  });
  const scenarioIds = new Set<string>();
  design.scenarios.forEach((s, i) => {
    if (scenarioIds.has(s.id))
      issues.push({
        code: 'duplicate_id',
        message: `Scenario id "${s.id}" is used twice`,
        path: `scenarios[${i}].id`,
      });
    scenarioIds.add(s.id);
    s.loads.forEach((l, j) => {
      if (!nodeIds.has(l.nodeId))
        issues.push({
          code: 'unknown_node',
          message: `No node "${l.nodeId}"`,
          path: `scenarios[${i}].loads[${j}].nodeId`,
        });
    });
  });
  const priced = new Map<string, number>();
  design.priceOverrides?.forEach((o, i) => {
    const key = `${o.region}\u0000${o.meter}`;
    const previous = priced.get(key);
    if (previous !== undefined)
      issues.push({
        code: 'duplicate_price_override',
        message: `Price of "${o.meter}" in ${o.region} is already set at priceOverrides[${previous}]`,
        path: `priceOverrides[${i}]`,
      });
    else priced.set(key, i);
  });
  if (design.activeScenarioId !== undefined && !scenarioIds.has(design.activeScenarioId)) {
    issues.push({
      code: 'unknown_scenario',
      message: `No scenario "${design.activeScenarioId}"`,
      path: 'activeScenarioId',
    });
  }
  return issues;
}
