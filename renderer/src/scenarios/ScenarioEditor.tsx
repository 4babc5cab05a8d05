import { useDeferredValue } from 'react';
import { purchaseOptions, type Scenario } from '../../../shared/model';
import { updateScenario, type ScenarioPatch } from '../../../shared/scenarios';
import { useCatalog, useDesign, useDesignStoreApi, useLang } from '../AppContext';
import { appPriceBooks, purchaseOptionsOf, rangeOf } from './analysis';
import { LoadsEditor } from './LoadsEditor';
import { NumberInput } from './NumberInput';
import { OverridesEditor } from './OverridesEditor';
import { formatMoney, useScenarioT } from './strings';

/** Settings of one scenario; each change is one undoable design edit. */
export function ScenarioEditor({ scenario }: { readonly scenario: Scenario }) {
  const t = useScenarioT();
  const lang = useLang();
  const catalog = useCatalog();
  const store = useDesignStoreApi();
  const design = useDesign((s) => s.design);
  // Figures may lag a fast gesture (a node drag) by a frame rather than slow it down.
  const priced = useDeferredValue(design);
  const pricedId = priced.scenarios.some((s) => s.id === scenario.id) ? scenario.id : null;
  const range = pricedId === null ? null : rangeOf(priced, catalog, pricedId);
  const regions = Object.keys(appPriceBooks).sort();
  const purchase = pricedId === null ? null : purchaseOptionsOf(priced, catalog, pricedId, lang);

  const patch = (change: ScenarioPatch): void => {
    const state = store.getState();
    const next = updateScenario(state.design, scenario.id, change);
    if (next !== state.design) state.commit(next);
  };

  return (
    <div className="scn-editor" data-testid="scenario-editor">
      <div className="scn-total" data-testid="scenario-total">
        <span className="muted">{t('edit.total')}</span>
        <strong data-testid="scenario-total-expected">
          {range ? formatMoney(range.expected, lang) : '…'}
        </strong>
        {range?.hasRange ? (
          <span className="scn-total__range" data-testid="scenario-total-range">
            {formatMoney(range.low, lang)} – {formatMoney(range.high, lang)}
          </span>
        ) : null}
      </div>
      <LoadsEditor scenario={scenario} onChange={(loads) => patch({ loads })} />
      <div className="scn-grid">
        <label className="scn-field">
          <span>{t('edit.growth')}</span>
          <NumberInput
            value={Math.round(scenario.growthPerMonth * 100 * 1e6) / 1e6}
            label={t('edit.growth')}
            testId="scenario-growth"
            onCommit={(v) => v !== null && patch({ growthPerMonth: v / 100 })}
          />
        </label>
        <label className="scn-field">
          <span>{t('edit.region')}</span>
          <select
            className="scn-input"
            value={scenario.region ?? ''}
            onChange={(e) => patch({ region: e.target.value === '' ? undefined : e.target.value })}
            data-testid="scenario-region"
          >
            <option value="">{t('edit.designRegion', { region: design.region })}</option>
            {regions.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <label className="scn-field">
          <span>{t('edit.purchase')}</span>
          <select
            className="scn-input"
            value={scenario.purchaseOption}
            onChange={(e) => {
              const option = purchaseOptions.find((o) => o === e.target.value);
              if (option) patch({ purchaseOption: option });
            }}
            data-testid="scenario-purchase"
          >
            {purchaseOptions.map((o) => (
              <option key={o} value={o}>
                {t(`purchase.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="scn-check">
          <input
            type="checkbox"
            checked={scenario.freeTier}
            onChange={(e) => patch({ freeTier: e.target.checked })}
            data-testid="scenario-free-tier"
          />
          <span>{t('edit.freeTier')}</span>
        </label>
      </div>
      {purchase ? (
        <div className="scn-purchase" data-testid="purchase-comparison">
          <table>
            <tbody>
              {purchase.options.map((o) => (
                <tr
                  key={o.option}
                  className={o.option === purchase.best ? 'scn-purchase__best' : undefined}
                  data-testid={`purchase-${o.option}`}
                >
                  <th scope="row">{t(`purchase.${o.option}`)}</th>
                  <td>{formatMoney(o.totalMonthlyUsd, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{purchase.text}</p>
        </div>
      ) : null}
      <OverridesEditor scenario={scenario} onChange={(overrides) => patch({ overrides })} />
    </div>
  );
}
