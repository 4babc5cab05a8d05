import { z } from 'zod';
import type { ConfigValue } from '../model/design';
import type { FieldDefinition, FieldMap, ServiceDefinition } from './types';

/** The field's default value. */
export function fieldDefault(field: FieldDefinition): ConfigValue {
  return field.default;
}

/** Config with every field's default filled in under what the node sets. */
export function resolveConfig(
  service: ServiceDefinition,
  config: Readonly<Record<string, ConfigValue>>,
): Record<string, ConfigValue> {
  const out: Record<string, ConfigValue> = {};
  for (const [key, field] of Object.entries(service.config)) out[key] = fieldDefault(field);
  return { ...out, ...config };
}

/** A zod schema validating one field's value (used by the inspector and validation). */
export function fieldSchema(field: FieldDefinition): z.ZodType<ConfigValue> {
  switch (field.type) {
    case 'number': {
      let s = z.number().finite();
      if (field.integer) s = s.int();
      if (field.min !== undefined) s = s.min(field.min);
      if (field.max !== undefined) s = s.max(field.max);
      return s;
    }
    case 'enum':
      return z.enum(field.options.map((o) => o.value) as [string, ...string[]]);
    case 'string': {
      let s = z.string();
      if (field.maxLength !== undefined) s = s.max(field.maxLength);
      if (field.pattern !== undefined) s = s.regex(new RegExp(field.pattern));
      return s;
    }
    case 'boolean':
      return z.boolean();
  }
}

/** A zod object schema for a whole config map. */
export function configSchema(fields: FieldMap): z.ZodType<Record<string, ConfigValue>> {
  const shape: Record<string, z.ZodType<ConfigValue>> = {};
  for (const [key, field] of Object.entries(fields))
    shape[key] = fieldSchema(field).optional() as z.ZodType<ConfigValue>;
  return z.object(shape).strict() as unknown as z.ZodType<Record<string, ConfigValue>>;
}
