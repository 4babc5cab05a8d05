import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog, priceBooks } from '../../../catalog/index';
import { categories } from '../../../shared/service/types';
import { fieldSchema } from '../../../shared/service/fields';
import { connectionKinds } from '../../../shared/model/design';
import { sampleLoad, usageContext, zeroLoad } from './support';

const services = Object.values(catalog);
const iconRoot = join(process.cwd(), 'node_modules', 'aws-icons', 'icons');

describe('catalog entries', () => {
  it('registers each service under its own id', () => {
    expect(services.length).toBeGreaterThanOrEqual(14);
    for (const [id, s] of Object.entries(catalog)) expect(s.id).toBe(id);
  });

  it('meter keys are unique per service and shared only with the same unit', () => {
    const units = new Map<string, string>();
    for (const s of services) {
      const keys = s.meters.map((m) => m.key);
      expect(new Set(keys).size, s.id).toBe(keys.length);
      for (const m of s.meters) {
        const seen = units.get(m.key);
        if (seen) expect(m.unit, m.key).toBe(seen);
        units.set(m.key, m.unit);
      }
    }
  });

  describe.each(services.map((s) => [s.id, s] as const))('%s', (_id, service) => {
    it('has names, description and aliases in English and French', () => {
      for (const text of [service.name, service.description]) {
        expect(text.en.trim().length).toBeGreaterThan(2);
        expect(text.fr.trim().length).toBeGreaterThan(2);
      }
      expect(service.aliases.length).toBeGreaterThanOrEqual(3);
      expect(categories).toContain(service.category);
    });

    it('has an icon that exists in aws-icons', () => {
      expect(existsSync(join(iconRoot, service.icon)), service.icon).toBe(true);
    });

    it('has config defaults that pass their own field schema', () => {
      for (const [key, field] of Object.entries(service.config)) {
        const r = fieldSchema(field).safeParse(field.default);
        expect(r.success, `${service.id}.${key}`).toBe(true);
        expect(field.label.en && field.label.fr).toBeTruthy();
      }
    });

    it('prices every meter in every bundled book or lists it as missing with a reason', () => {
      for (const [region, book] of Object.entries(priceBooks)) {
        for (const m of service.meters) {
          const entry = book.meters[m.key];
          const reason = book.missing?.[m.key];
          expect(entry !== undefined || (reason?.length ?? 0) > 10, `${region} ${m.key}`).toBe(true);
          if (entry) expect(entry.unit, `${region} ${m.key}`).toBe(m.unit);
        }
      }
    });

    it('bills nothing but declared meters, finite and non-negative, on zero and sample load', () => {
      const declared = new Set(service.meters.map((m) => m.key));
      for (const load of [zeroLoad, sampleLoad()]) {
        const result = service.usage(usageContext(service, load));
        for (const [key, q] of Object.entries(result.quantities)) {
          expect(declared.has(key), `${service.id} returned undeclared ${key}`).toBe(true);
          expect(Number.isFinite(q) && q >= 0, `${key}=${q}`).toBe(true);
        }
        for (const v of Object.values(result.sizing ?? {})) expect(Number.isFinite(v) && v >= 0).toBe(true);
        if (result.outputFactor !== undefined) expect(result.outputFactor).toBeGreaterThanOrEqual(0);
      }
    });

    it('connects only to catalog services with known kinds', () => {
      for (const rule of service.connections) {
        for (const t of rule.targets) expect(catalog[t], `${service.id} -> ${t}`).toBeDefined();
        for (const k of rule.kinds) expect(connectionKinds).toContain(k);
        for (const k of Object.keys(rule.iam ?? {})) expect(rule.kinds).toContain(k);
      }
    });
  });
});
