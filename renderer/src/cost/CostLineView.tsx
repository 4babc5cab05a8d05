import type { CostLine } from '../../../shared/pricing';
import type { Lang } from '../../../shared/service/types';
import { costMessages } from './costMessages';
import { formatPer, formatQuantity, formatUnitPrice, formatUsd } from './format';
import { localize } from './messages';

const tierRange = (from: number, upTo: number | null, lang: Lang): string =>
  upTo === null
    ? localize(lang, costMessages, 'tierOpen', { from: formatQuantity(from, lang) })
    : localize(lang, costMessages, 'tier', {
        from: formatQuantity(from, lang),
        to: formatQuantity(upTo, lang),
      });

/**
 * One cost line as the AWS pricing page would let a user check it: quantity and unit, the
 * free-tier share, then each tier's quantity × listed price = amount. A line without a price is
 * marked and shows no amount (it is not a $0 line).
 */
export function CostLineView({ line, lang }: { readonly line: CostLine; readonly lang: Lang }) {
  const t = (key: keyof typeof costMessages, params?: Record<string, string | number>): string =>
    localize(lang, costMessages, key, params);
  const price = (usd: number): string =>
    t('per', { price: formatUnitPrice(usd, lang), per: formatPer(line.per, lang), unit: line.unit });
  return (
    <li
      className={`cost-line${line.missingPrice ? ' cost-line--missing' : ''}`}
      data-testid="cost-line"
      data-meter={line.meter}
      data-missing={line.missingPrice ? 'true' : 'false'}
    >
      <div className="cost-line__head">
        <span className="cost-line__label">{line.label}</span>
        {line.missingPrice ? (
          <span className="cost-line__missing" title={t('missingTitle')} data-testid="cost-line-missing">
            ⚠ {t('missing')}
          </span>
        ) : (
          <span className="cost-line__amount" data-testid="cost-line-amount">
            {formatUsd(line.monthlyUsd, lang)}
          </span>
        )}
      </div>
      <div className="cost-line__meter">{line.meter}</div>
      <div className="cost-line__detail">
        {t('quantity')}: {formatQuantity(line.quantity, lang)} {line.unit}
        {line.freeQuantity > 0 ? (
          <>
            {' · '}
            {t('freeShare')}: {formatQuantity(line.freeQuantity, lang)} {line.unit}
          </>
        ) : null}
      </div>
      {line.missingPrice ? null : line.tiers.length === 0 ? (
        <div className="cost-line__detail">
          {t('unitPrice')}: {price(line.listPriceUsd)}
        </div>
      ) : (
        <ul className="cost-line__tiers">
          {line.tiers.map((tier) => (
            <li key={tier.from} className="cost-line__tier" data-testid="cost-line-tier">
              <span>
                {formatQuantity(tier.quantity, lang)} × {price(tier.usd)}
              </span>
              <span className="cost-line__tier-amount">= {formatUsd(tier.monthlyUsd, lang)}</span>
              {line.tiers.length > 1 || tier.upTo !== null || tier.from > 0 ? (
                <span className="cost-line__tier-range">{tierRange(tier.from, tier.upTo, lang)}</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
