import { useState, type KeyboardEvent } from 'react';
import type { Lang } from '../../../shared/service/types';
import { useLang } from '../AppContext';

const SUFFIX: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, g: 1e9, b: 1e9 };

/**
 * Reads a number as people type it: "2000000", "2 000 000", "2,000,000" (en), "2,5" (fr),
 * "2M", "20 k", "1e6". Null when it is not a number.
 *
 * @example
 * parseAmount('2M', 'en') // 2000000
 */
export function parseAmount(text: string, lang: Lang): number | null {
  let s = text.trim().replace(/[\s_\u00a0\u202f]/g, '');
  if (s === '') return null;
  s = lang === 'fr' ? s.replace(',', '.') : s.replace(/,/g, '');
  const match = /^([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)([kmgb])?$/i.exec(s);
  if (!match?.[1]) return null;
  const value = Number(match[1]) * (match[2] ? (SUFFIX[match[2].toLowerCase()] ?? 1) : 1);
  return Number.isFinite(value) ? value : null;
}

export function formatAmount(value: number | undefined, lang: Lang): string {
  if (value === undefined) return '';
  return value.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 6 });
}

interface NumberInputProps {
  readonly value: number | undefined;
  /** Called with the parsed value (null when emptied, if `optional`). */
  onCommit(value: number | null): void;
  readonly optional?: boolean;
  readonly min?: number;
  readonly label: string;
  readonly testId: string;
  readonly placeholder?: string;
}

/** A number field that commits on Enter or blur, and refuses what is not a number. */
export function NumberInput({
  value,
  onCommit,
  optional,
  min,
  label,
  testId,
  placeholder,
}: NumberInputProps) {
  const lang = useLang();
  const shown = formatAmount(value, lang);
  const [draft, setDraft] = useState<{ basis: string; text: string; invalid: boolean }>({
    basis: shown,
    text: shown,
    invalid: false,
  });
  let current = draft;
  if (draft.basis !== shown) {
    current = { basis: shown, text: shown, invalid: false };
    setDraft(current);
  }
  const commit = (): void => {
    if (current.text === shown) return;
    if (current.text.trim() === '' && optional) {
      onCommit(null);
      return;
    }
    const parsed = parseAmount(current.text, lang);
    if (parsed === null || (min !== undefined && parsed < min)) {
      setDraft({ ...current, invalid: true });
      return;
    }
    onCommit(parsed);
    setDraft({ basis: shown, text: formatAmount(parsed, lang), invalid: false });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape') setDraft({ basis: shown, text: shown, invalid: false });
  };
  return (
    <input
      className={`scn-input${current.invalid ? ' scn-input--invalid' : ''}`}
      type="text"
      inputMode="decimal"
      aria-label={label}
      aria-invalid={current.invalid}
      placeholder={placeholder}
      value={current.text}
      onChange={(e) => setDraft({ ...current, text: e.target.value, invalid: false })}
      onBlur={commit}
      onKeyDown={onKeyDown}
      data-testid={testId}
    />
  );
}
