import { priceBooks } from '../../../catalog/index';
import type { Lang } from '../../../shared/service/types';
import { localize, type Messages } from './messages';

const messages = {
  'aws-text': { en: 'Source: AWS pricing text', fr: 'Source : texte de tarification AWS' },
  'aws-example': { en: 'Source: AWS worked example', fr: 'Source : exemple chiffré AWS' },
  'aws-offer': { en: 'Source: AWS Price List', fr: 'Source : liste de prix AWS' },
  transcription: {
    en: 'Transcribed from AWS Price List data (unverified)',
    fr: 'Transcrit de la liste de prix AWS (non vérifié)',
  },
  asOf: { en: 'as of {date}', fr: 'au {date}' },
} satisfies Messages;

/**
 * Where a bundled price comes from and how it was confirmed, so a user knows which figures to
 * double-check on the AWS page. Nothing for user prices (they say so themselves) or unpriced lines.
 */
export function PriceSource({
  meter,
  region,
  lang,
}: {
  readonly meter: string;
  readonly region: string;
  readonly lang: Lang;
}) {
  const entry = priceBooks[region]?.meters[meter];
  if (!entry || entry.verification === 'user') return null;
  const kind = entry.verification ?? 'aws-text';
  const label = `${localize(lang, messages, kind)}, ${localize(lang, messages, 'asOf', { date: entry.as_of })}`;
  const title = entry.note ? `${entry.source}\n${entry.note}` : entry.source;
  return (
    <div
      className={`cost-line__source${kind === 'transcription' ? ' cost-line__source--unverified' : ''}`}
      data-testid="cost-line-source"
      data-verification={kind}
      title={title}
    >
      {/^https:\/\//.test(entry.source) ? (
        <a href={entry.source} target="_blank" rel="noreferrer">
          {label}
        </a>
      ) : (
        label
      )}
    </div>
  );
}

/** Why the bundled book of `region` has no price for `meter` (its `missing` reason), folded. */
export function MissingReason({
  meter,
  region,
  label,
}: {
  readonly meter: string;
  readonly region: string;
  readonly label: string;
}) {
  const reason = priceBooks[region]?.missing?.[meter];
  if (!reason) return null;
  return (
    <details className="cost-line__why" data-testid="cost-line-why">
      <summary>{label}</summary>
      <p>{reason}</p>
    </details>
  );
}
