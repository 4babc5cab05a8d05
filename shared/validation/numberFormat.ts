import type { Lang } from '../service/types';

const GROUP: Readonly<Record<Lang, string>> = { en: ',', fr: '\u202f' };
const DECIMAL: Readonly<Record<Lang, string>> = { en: '.', fr: ',' };

/**
 * A number as a reader of `lang` writes it, at most `digits` decimals (trailing zeros
 * dropped): French groups thousands with a narrow no-break space and uses a decimal comma.
 * String work only, no Intl object: cheap enough to call per warning.
 *
 * @example
 * formatNumber(1250, 'fr'); // '1 250' (U+202F between 1 and 250)
 * formatNumber(1234.5, 'en'); // '1,234.5'
 * formatNumber(0.125, 'fr', 2); // '0,13'
 */
export function formatNumber(value: number, lang: Lang, digits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const scale = 10 ** digits;
  const rounded = Math.round(Math.abs(value) * scale) / scale;
  if (rounded >= Number.MAX_SAFE_INTEGER) return String(value);
  const whole = Math.floor(rounded);
  const fraction = digits > 0 ? Math.round((rounded - whole) * scale) : 0;
  let fractionText = fraction > 0 ? String(fraction).padStart(digits, '0') : '';
  while (fractionText.endsWith('0')) fractionText = fractionText.slice(0, -1);
  const intDigits = String(whole);
  let out = intDigits.slice(0, intDigits.length % 3 || 3);
  for (let i = out.length; i < intDigits.length; i += 3) out += GROUP[lang] + intDigits.slice(i, i + 3);
  if (fractionText) out += DECIMAL[lang] + fractionText;
  return value < 0 && rounded !== 0 ? '-' + out : out;
}
