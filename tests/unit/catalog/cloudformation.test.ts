import { beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../../catalog/index';
import { loadSpec, specResource, validateTemplate } from '../../support/cfnSpec';
import type { SpecDatabase } from '@aws-cdk/service-spec-types';
import { cfnContext, roleResource } from './support';

const services = Object.values(catalog);
let db: SpecDatabase;
beforeAll(async () => {
  db = await loadSpec();
}, 30_000);

/** A template holding the node's resources for its default config, plus its role. */
function defaultTemplate(id: string, config: Record<string, string | number | boolean> = {}) {
  const service = catalog[id]!;
  const { ctx, parameters } = cfnContext(service, 'Node', config);
  const resources: Record<string, unknown> = { ...service.cloudformation.resources(ctx) };
  if (service.cloudformation.role)
    resources['NodeRole'] = roleResource(service.cloudformation.role.principal);
  // The node's own Mappings and Conditions (region image accounts, code-location switch).
  const mappings = service.cloudformation.mappings?.(ctx);
  const conditions = service.cloudformation.conditions?.(ctx);
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Parameters: parameters,
    ...(mappings ? { Mappings: mappings } : {}),
    ...(conditions ? { Conditions: conditions } : {}),
    Resources: resources,
  };
}

describe('CloudFormation mapping', () => {
  describe.each(services.map((s) => [s.id, s] as const))('%s', (id, service) => {
    it('declares resource types that exist in the CloudFormation spec', () => {
      expect(service.cloudformation.types.length).toBeGreaterThan(0);
      for (const type of service.cloudformation.types) expect(specResource(db, type), type).toBeDefined();
    });

    it('exports its default config as a valid template (required properties, no unknown ones)', async () => {
      expect(await validateTemplate(defaultTemplate(id))).toEqual([]);
    });

    it('exports one of its declared main types for some config (API-only modes may export none)', () => {
      const variants = [defaultTemplate(id)];
      for (const [key, field] of Object.entries(service.config))
        if (field.type === 'enum')
          for (const o of field.options) variants.push(defaultTemplate(id, { [key]: o.value }));
      const types = new Set(
        variants.flatMap((t) => Object.values(t.Resources).map((r) => (r as { Type: string }).Type)),
      );
      expect(service.cloudformation.types.some((t) => types.has(t))).toBe(true);
    });

    it('exports every enum option of its config as a valid template', async () => {
      for (const [key, field] of Object.entries(service.config)) {
        if (field.type !== 'enum') continue;
        for (const option of field.options) {
          const problems = await validateTemplate(defaultTemplate(id, { [key]: option.value }));
          expect(problems, `${key}=${option.value}`).toEqual([]);
        }
      }
    });
  });
});
