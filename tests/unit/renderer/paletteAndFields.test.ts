import { describe, expect, it } from 'vitest';
import { pluralKey, translate } from '../../../renderer/src/i18n/dictionary';
import { parseFieldInput } from '../../../renderer/src/inspector/fieldValidation';
import { matchesService } from '../../../renderer/src/palette/search';
import type { NumberField, StringField } from '../../../shared/service/types';
import { testCatalog } from './testCatalog';

describe('palette search', () => {
  const sqs = testCatalog['sqs']!;
  it('matches English and French names, aliases and ids, ignoring accents and case', () => {
    expect(matchesService(sqs, 'amazon sqs')).toBe(true);
    expect(matchesService(sqs, 'QUEUE')).toBe(true);
    expect(matchesService(sqs, "file d'Attente")).toBe(true);
    expect(matchesService(sqs, 'fìle')).toBe(true);
    expect(matchesService(sqs, 'lambda')).toBe(false);
    expect(matchesService(testCatalog['lambda']!, 'aws lambda')).toBe(true);
    expect(matchesService(sqs, '')).toBe(true);
  });
});

describe('inspector field validation', () => {
  const memory: NumberField = {
    type: 'number',
    default: 512,
    min: 128,
    max: 10240,
    integer: true,
    unit: 'MB',
    label: { en: 'Memory', fr: 'Mémoire' },
  };
  it('accepts valid numbers (comma decimal too) and refuses out-of-range ones with a localized message', () => {
    expect(parseFieldInput(memory, '1024', 'en')).toEqual({ ok: true, value: 1024 });
    expect(parseFieldInput(memory, '64', 'en')).toEqual({ ok: false, message: 'Must be at least 128.' });
    expect(parseFieldInput(memory, '20000', 'fr')).toEqual({
      ok: false,
      message: 'Doit être au plus 10240.',
    });
    expect(parseFieldInput(memory, '256,5', 'en')).toEqual({ ok: false, message: 'Must be a whole number.' });
    expect(parseFieldInput(memory, 'abc', 'en')).toEqual({ ok: false, message: 'Enter a number.' });
  });
  it('checks string patterns', () => {
    const cidr: StringField = {
      type: 'string',
      default: '',
      pattern: '^\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+$',
      label: { en: 'CIDR', fr: 'CIDR' },
    };
    expect(parseFieldInput(cidr, '10.0.0.0/16', 'en').ok).toBe(true);
    expect(parseFieldInput(cidr, '10.0.0/16', 'en')).toEqual({ ok: false, message: 'Invalid format.' });
  });
});

describe('i18n', () => {
  it('uses the singular for 1 (and 0 in French) and fills placeholders', () => {
    const count = (lang: 'en' | 'fr', n: number) =>
      translate(lang, pluralKey(lang, n, 'status.connection', 'status.connections'), { count: n });
    expect([0, 1, 2].map((n) => count('en', n))).toEqual(['0 connections', '1 connection', '2 connections']);
    expect([0, 1, 2].map((n) => count('fr', n))).toEqual(['0 connexion', '1 connexion', '2 connexions']);
  });
});
