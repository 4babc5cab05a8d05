/** Number formatting for cost surfaces. Amounts come from shared/pricing; this only formats. */
import type { Lang } from '../../../shared/service/types';

const locale = (lang: Lang): string => (lang === 'fr' ? 'fr-FR' : 'en-US');

/** Intl.NumberFormat is costly to build (a 1000-node canvas formats 1000 badges): one per options. */
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale(lang), options);
    formats.set(key, format);
  }
  return format;
}

const usdFormats = new Map<string, Intl.NumberFormat>();
function usdFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let format = usdFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale(lang), {
      style: 'currency',
      currency: 'USD',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    usdFormats.set(key, format);
  }
  return format;
}

/** '$1,234.56' / '1 234,56 $US'; amounts under a cent but above zero show '< $0.01'. */
export function formatUsd(usd: number, lang: Lang): string {
  if (usd > 0 && usd < 0.005) return `< ${usdFormat(lang, 2).format(0.01)}`;
  return usdFormat(lang, 2).format(usd);
}

/** A unit price as listed by AWS: up to 10 significant decimals, no rounding to the cent. */
export function formatUnitPrice(usd: number, lang: Lang): string {
  return numberFormat(lang, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
    maximumFractionDigits: 10,
  }).format(usd);
}

/** Compact amount for canvas badges: '$0.20', '$12', '$12.3k', '$4.5M' (fr: '12,3 k$'). */
export function formatUsdCompact(usd: number, lang: Lang): string {
  const abs = Math.abs(usd);
  const [value, suffix] =
    abs >= 1e9 ? [usd / 1e9, 'G'] : abs >= 1e6 ? [usd / 1e6, 'M'] : abs >= 1e3 ? [usd / 1e3, 'k'] : [usd, ''];
  const digits = suffix === '' ? (abs >= 100 ? 0 : 2) : Math.abs(value) >= 100 ? 0 : 1;
  const number = numberFormat(lang, {
    minimumFractionDigits: suffix === '' ? digits : 0,
    maximumFractionDigits: digits,
  }).format(value);
  return lang === 'fr' ? `${number}${suffix === '' ? ' ' : ` ${suffix}`}$` : `$${number}${suffix}`;
}

/** A quantity with at most 4 decimals: '2,000,000', '0.9313'. */
export function formatQuantity(quantity: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 4 }).format(quantity);
}

/** Events per month for connection labels: '2M/mo', '40k/mo' (fr: '2 M/mois'). */
export function formatPerMonth(events: number, lang: Lang): string {
  const number = numberFormat(lang, {
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(events);
  return lang === 'fr' ? `${number}/mois` : `${number}/mo`;
}

/** The `per` of a list price: 1 → '', 1000 → '1,000 ', 1000000 → '1M '. */
export function formatPer(per: number, lang: Lang): string {
  if (per === 1) return '';
  if (per >= 1e6 && per % 1e6 === 0) return `${formatQuantity(per / 1e6, lang)}M `;
  return `${formatQuantity(per, lang)} `;
}
