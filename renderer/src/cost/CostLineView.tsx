import { useState } from 'react';
import type { CostLine } from '../../../shared/pricing';
import type { Lang } from '../../../shared/service/types';
import { useDesign } from '../AppContext';
import { costMessages } from './costMessages';
import { formatPer, formatQuantity, formatUnitPrice, formatUsd } from './format';
import { localize } from './messages';
import { PriceOverrideEditor, UserPriceMarker } from './PriceOverrideEditor';
import { MissingReason, PriceSource } from './PriceSource';
import { findPriceOverride } from './priceOverrideEdits';
import { priceOverrideMessages } from './priceOverrideMessages';
import { effectiveRegion } from './scenarioEdits';

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
 * marked and shows no amount (it is not a $0 line), with "Set price…" to enter the user's own
 * price; a line priced with the user's price says so, with edit and remove.
 */
export function CostLineView({ line, lang }: { readonly line: CostLine; readonly lang: Lang }) {
  const t = (key: keyof typeof costMessages, params?: Record<string, string | number>): string =>
    localize(lang, costMessages, key, params);
  const price = (usd: number): string =>
    t('per', { price: formatUnitPrice(usd, lang), per: formatPer(line.per, lang), unit: line.unit });
  const region = useDesign((s) => effectiveRegion(s.design));
  const override = useDesign((s) => findPriceOverride(s.design, region, line.meter));
  const [editing, setEditing] = useState(false);
  return (
    <li
      className={`cost-line${line.missingPrice ? ' cost-line--missing' : ''}`}
      data-testid="cost-line"
      data-meter={line.meter}
      data-missing={line.missingPrice ? 'true' : 'false'}
      data-user-price={line.userPrice ? 'true' : 'false'}
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
      <div className="cost-line__meter">
        {line.meter}
        {!line.missingPrice && !line.userPrice && !editing ? (
          <button
            type="button"
            className="price-override__set price-override__set--quiet"
            title={localize(lang, priceOverrideMessages, 'setPriceTitle')}
            onClick={() => setEditing(true)}
            data-testid="override-price"
          >
            {localize(lang, priceOverrideMessages, 'overridePrice')}
          </button>
        ) : null}
      </div>
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
      {line.missingPrice || line.userPrice ? null : (
        <PriceSource meter={line.meter} region={region} lang={lang} />
      )}
      {line.missingPrice ? (
        <MissingReason meter={line.meter} region={region} label={t('missingWhy')} />
      ) : null}
      {editing ? (
        <PriceOverrideEditor
          line={line}
          region={region}
          existing={override}
          onClose={() => setEditing(false)}
        />
      ) : line.userPrice && override ? (
        <UserPriceMarker line={line} region={region} note={override.note} onEdit={() => setEditing(true)} />
      ) : line.missingPrice ? (
        <button
          type="button"
          className="price-override__set"
          title={localize(lang, priceOverrideMessages, 'setPriceTitle')}
          onClick={() => setEditing(true)}
          data-testid="set-price"
        >
          {localize(lang, priceOverrideMessages, 'setPrice')}
        </button>
      ) : null}
    </li>
  );
}
