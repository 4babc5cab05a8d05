import { useMemo, useState } from 'react';
import { priceBooks } from '../../../catalog/index';
import { estimateRegions } from '../../../shared/pricing';
import { useCatalog, useDesign, useDesignStoreApi, useLang } from '../AppContext';
import { costMessages } from './costMessages';
import { formatUsd } from './format';
import { useMessages } from './messages';
import { activeScenario, effectiveRegion, setRegion } from './scenarioEdits';

/**
 * "Compare regions": the design's active scenario priced in every region with a bundled
 * price book (shared estimateRegions), computed only while the section is open. Each row
 * says how many lines that region cannot price; "Use" switches the design's region.
 */
export function RegionCompare() {
  const design = useDesign((s) => s.design);
  const store = useDesignStoreApi();
  const catalog = useCatalog();
  const lang = useLang();
  const t = useMessages(costMessages);
  const [open, setOpen] = useState(false);
  const scenarioId = activeScenario(design)?.id;
  const current = effectiveRegion(design);
  const rows = useMemo(
    () =>
      open
        ? estimateRegions(design, catalog, priceBooks, scenarioId === undefined ? {} : { scenarioId })
        : [],
    [open, design, catalog, scenarioId],
  );
  const use = (region: string): void => {
    const before = store.getState().design;
    const next = setRegion(before, region);
    if (next !== before) store.getState().commit(next);
  };
  return (
    <details
      className="cost-panel__section region-compare"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-testid="region-compare"
    >
      <summary>{t('compareRegions')}</summary>
      <p className="muted region-compare__hint">{t('compareRegionsHint')}</p>
      <table className="region-compare__table">
        <thead>
          <tr>
            <th scope="col">{t('region')}</th>
            <th scope="col" className="num">
              {t('regionTotal')}
            </th>
            <th scope="col">{t('regionUnpriced')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.region}
              data-testid={`region-row-${row.region}`}
              data-usd={row.totalMonthlyUsd}
              data-unpriced={row.unpricedLines}
              className={row.region === current ? 'region-compare__current' : undefined}
            >
              <th scope="row">{row.region}</th>
              <td className="num">{formatUsd(row.totalMonthlyUsd, lang)}</td>
              <td className={row.unpricedLines > 0 ? 'region-compare__gap' : undefined}>
                {row.unpricedLines > 0
                  ? `⚠ ${t('regionLines', { count: row.unpricedLines, total: row.lines })}`
                  : t('regionAllPriced')}
              </td>
              <td>
                {row.region === current ? (
                  <span className="muted">{t('regionCurrent')}</span>
                ) : (
                  <button
                    type="button"
                    className="link-button"
                    title={t('regionUseTitle', { region: row.region })}
                    onClick={() => use(row.region)}
                    data-testid={`region-use-${row.region}`}
                  >
                    {t('regionUse')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
