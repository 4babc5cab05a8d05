/** Parses and validates an inspector entry with the field's zod schema; messages localized. */
import type { ConfigValue } from '../../../shared/model';
import { fieldSchema } from '../../../shared/service/fields';
import type { FieldDefinition, Lang } from '../../../shared/service/types';
import { translate } from '../i18n/dictionary';

export type FieldParse =
  { readonly ok: true; readonly value: ConfigValue } | { readonly ok: false; readonly message: string };

/** Turns the text typed for `field` into a value, or the reason it is refused. */
export function parseFieldInput(field: FieldDefinition, raw: string | boolean, lang: Lang): FieldParse {
  let value: ConfigValue;
  if (field.type === 'number') {
    const text = String(raw).trim().replace(',', '.');
    const n = text === '' ? Number.NaN : Number(text);
    if (!Number.isFinite(n)) return { ok: false, message: translate(lang, 'validation.number') };
    value = n;
  } else if (field.type === 'boolean') value = raw === true || raw === 'true';
  else value = String(raw);
  const result = fieldSchema(field).safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, message: messageFor(field, value, lang, result.error.issues[0]?.message ?? '') };
}

function messageFor(field: FieldDefinition, value: ConfigValue, lang: Lang, fallback: string): string {
  if (field.type === 'number' && typeof value === 'number') {
    if (field.min !== undefined && value < field.min)
      return translate(lang, 'validation.min', { min: field.min });
    if (field.max !== undefined && value > field.max)
      return translate(lang, 'validation.max', { max: field.max });
    if (field.integer && !Number.isInteger(value)) return translate(lang, 'validation.integer');
  }
  if (field.type === 'string' && typeof value === 'string') {
    if (field.maxLength !== undefined && value.length > field.maxLength)
      return translate(lang, 'validation.maxLength', { max: field.maxLength });
    if (field.pattern !== undefined) return translate(lang, 'validation.pattern');
  }
  return fallback;
}
