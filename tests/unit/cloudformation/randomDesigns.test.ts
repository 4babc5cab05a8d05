/**
 * Property tests: random valid designs (random catalog services with random valid config,
 * random allowed connections, random VPC / zone / subnet groups) always export to a
 * spec-valid template without errors (also as created, with SageMaker models absent or
 * given), deterministically, and import back.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SpecDatabase } from '@aws-cdk/service-spec-types';
import { catalog } from '../../../catalog';
import { fromTemplate, toTemplate, toYaml } from '../../../shared/cloudformation';
import type { ConfigValue, ConnectionKind, Design } from '../../../shared/model/design';
import { parseDesign } from '../../../shared/model/parse';
import type { FieldDefinition } from '../../../shared/service/types';
import { loadSpec, validateTemplateWith } from '../../support/cfnSpec';
import { resolveConditions } from '../../support/cfnConditions';

let db: SpecDatabase;
beforeAll(async () => {
  db = await loadSpec();
});

// Retired services are left out: a design that uses one is not valid (it cannot deploy, see catalogExport.test).
const services = Object.values(catalog).filter((s) => !s.group && !s.retired);

function fieldValue(field: FieldDefinition): fc.Arbitrary<ConfigValue> {
  switch (field.type) {
    case 'enum':
      return fc.constantFrom(...field.options.map((o) => o.value));
    case 'boolean':
      return fc.boolean();
    case 'number': {
      const min = field.min ?? 0;
      const max = field.max ?? Math.max(min, field.default) * 4 + 10;
      return field.integer || Number.isInteger(field.default)
        ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'string':
      return fc.constant(field.default);
  }
}

const groupsArbitrary = fc.array(
  fc.record({
    zones: fc.integer({ min: 0, max: 2 }),
    subnets: fc.array(fc.record({ inZone: fc.integer({ min: -1, max: 1 }), isPublic: fc.boolean() }), {
      maxLength: 3,
    }),
  }),
  { maxLength: 2 },
);

/** A random design that parseDesign accepts and every connection of which a rule allows. */
const designArbitrary: fc.Arbitrary<Design> = fc
  .record({
    picks: fc.array(
      fc.record({
        service: fc.integer({ min: 0, max: services.length - 1 }),
        seed: fc.integer(),
        place: fc.nat(),
      }),
      { minLength: 1, maxLength: 10 },
    ),
    links: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 14 }),
    vpcs: groupsArbitrary,
  })
  .chain(({ picks, links, vpcs }) =>
    fc
      .tuple(
        ...picks.map((pick) => {
          const service = services[pick.service]!;
          const fields = Object.entries(service.config);
          return fc.record(
            Object.fromEntries(fields.map(([key, field]) => [key, fieldValue(field)])) as Record<
              string,
              fc.Arbitrary<ConfigValue>
            >,
          );
        }),
      )
      .map((configs) => {
        const groups: Design['groups'] = [];
        vpcs.forEach((vpc, v) => {
          const vpcId = `Vpc${v}`;
          groups.push({
            id: vpcId,
            kind: 'vpc',
            label: vpcId,
            position: { x: 0, y: 0 },
            size: { width: 400, height: 300 },
            config: {},
          });
          for (let z = 0; z < vpc.zones; z++)
            groups.push({
              id: `${vpcId}Az${z}`,
              kind: 'availabilityZone',
              label: `AZ ${z}`,
              parent: vpcId,
              position: { x: 0, y: 0 },
              size: { width: 200, height: 200 },
              config: {},
            });
          vpc.subnets.forEach((subnet, s) => {
            const parent =
              subnet.inZone >= 0 && subnet.inZone < vpc.zones ? `${vpcId}Az${subnet.inZone}` : vpcId;
            groups.push({
              id: `${vpcId}Subnet${s}`,
              kind: 'subnet',
              label: `Subnet ${s}`,
              parent,
              position: { x: 0, y: 0 },
              size: { width: 150, height: 100 },
              config: { public: subnet.isPublic },
            });
          });
        });
        const nodes = picks.map((pick, i) => {
          const place = groups.length > 0 ? pick.place % (groups.length + 1) : 0;
          return {
            id: `N${i}`,
            service: services[pick.service]!.id,
            label: `Node ${i}`,
            position: { x: i * 200, y: 0 },
            ...(place > 0 ? { group: groups[place - 1]!.id } : {}),
            config: configs[i]!,
            usage: {},
          };
        });
        const connections: Design['connections'] = [];
        links.forEach(([a, b, k], i) => {
          const source = nodes[a % nodes.length]!;
          const target = nodes[b % nodes.length]!;
          const kinds = [
            ...new Set(
              catalog[source.service]!.connections.filter((r) => r.targets.includes(target.service)).flatMap(
                (r) => r.kinds,
              ),
            ),
          ] as ConnectionKind[];
          if (kinds.length === 0 || source.id === target.id) return;
          // A connection that closes a loop makes the design invalid (check reports a cycle, and
          // the export a dependency_cycle: see export.test).
          if (reaches(connections, target.id, source.id)) return;
          const kind = kinds[k % kinds.length]!;
          if (connections.some((c) => c.source === source.id && c.target === target.id && c.kind === kind))
            return;
          connections.push({ id: `C${i}`, source: source.id, target: target.id, kind, ratio: 1 });
        });
        const parsed = parseDesign({
          schemaVersion: 1,
          name: 'Random',
          region: 'us-east-1',
          nodes,
          connections,
          groups,
          scenarios: [],
        });
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
        return parsed.value;
      }),
  );

/** Whether `to` is reachable from `from` along the connections. */
function reaches(connections: Design['connections'], from: string, to: string): boolean {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.pop()!;
    if (at === to) return true;
    for (const c of connections)
      if (c.source === at && !seen.has(c.target)) {
        seen.add(c.target);
        queue.push(c.target);
      }
  }
  return false;
}

describe('random valid designs', () => {
  it('500 designs export spec-valid, without errors and without IAM wildcards', () => {
    fc.assert(
      fc.property(designArbitrary, (design) => {
        const { template, problems } = toTemplate(design, catalog);
        expect(validateTemplateWith(db, template)).toEqual([]);
        expect(problems.filter((p) => p.severity === 'error' || p.code === 'iam_wildcard')).toEqual([]);
        // As created: on the first deploy (models not given yet) and once every model is given.
        const raw = template as unknown as Record<string, unknown>;
        const models = Object.keys(template.Parameters ?? {}).filter((p) => p.endsWith('ModelDataUrl'));
        const given = Object.fromEntries(models.map((p) => [p, 's3://ml/models/model.tar.gz']));
        for (const values of [{}, given]) {
          const parameters = Object.fromEntries(
            Object.entries(template.Parameters ?? {})
              .filter(([, p]) => p.Default === undefined)
              .map(([name]) => [name, 'x']),
          );
          expect(validateTemplateWith(db, resolveConditions(raw, { ...parameters, ...values }))).toEqual([]);
        }
      }),
      { numRuns: 500, seed: 20261128 },
    );
  }, 120_000);

  it('export is deterministic whatever the order of the design arrays', () => {
    fc.assert(
      fc.property(designArbitrary, (design) => {
        const reversed: Design = {
          ...design,
          nodes: [...design.nodes].reverse(),
          connections: [...design.connections].reverse(),
          groups: [...design.groups].reverse(),
        };
        expect(toYaml(toTemplate(reversed, catalog).template)).toBe(
          toYaml(toTemplate(design, catalog).template),
        );
      }),
      { numRuns: 100, seed: 7 },
    );
  }, 120_000);

  it('export → import gives back the same nodes and connections', async () => {
    await fc.assert(
      fc.asyncProperty(designArbitrary, async (design) => {
        const result = await fromTemplate(toYaml(toTemplate(design, catalog).template), catalog);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        // A connection that changes nothing in the template (an instance reading a database
        // over the network) leaves no trace to import.
        const body = (d: Design) => JSON.stringify(toTemplate(d, catalog).template.Resources);
        const exported = body(design);
        // Nor does one whose end creates no resource of its own (an EventBridge rule without
        // targets): its statement is exported, but there is no node to join it to.
        const resources = toTemplate(design, catalog).template.Resources;
        const traced = design.connections.filter(
          (c) =>
            c.source in resources &&
            c.target in resources &&
            body({ ...design, connections: design.connections.filter((o) => o !== c) }) !== exported,
        );
        const edges = (connections: Design['connections']) =>
          [...new Set(connections.map((c) => `${c.source} -${c.kind}-> ${c.target}`))].sort();
        // A node is found again by its main resource, the one under its own id.
        // (An orphan role left by a node without main resource comes back as a role node.)
        const ids = new Set(design.nodes.map((n) => n.id));
        const nodes = (d: Design) =>
          d.nodes.filter((n) => n.id in resources && ids.has(n.id)).map((n) => `${n.id}:${n.service}`);
        expect(nodes(result.value.design).sort()).toEqual(nodes(design).sort());
        expect(edges(result.value.design.connections)).toEqual(expect.arrayContaining(edges(traced)));
        expect(edges(design.connections)).toEqual(
          expect.arrayContaining(edges(result.value.design.connections)),
        );
      }),
      { numRuns: 60, seed: 11 },
    );
  }, 120_000);
});
