import type { Design } from '../../../shared/model';
import { useCatalog, useDesign, useDesignStoreApi } from '../AppContext';
import { costMessages } from './costMessages';
import { costView, useCostView } from './costViewStore';
import { useMessages } from './messages';
import { pricedShare, regionChoices } from './regions';
import { activeScenario, effectiveRegion, setActiveScenario, setFreeTier, setRegion } from './scenarioEdits';

/** Scenario picker, region selector, free-tier toggle (undoable edits) and the edge-label toggle. */
export function CostControls() {
  const design = useDesign((s) => s.design);
  const store = useDesignStoreApi();
  const t = useMessages(costMessages);
  const edgeLabels = useCostView((s) => s.edgeLabels);
  const scenario = activeScenario(design);
  const region = effectiveRegion(design);
  const { priced, unpriced } = regionChoices(region);
  const share = pricedShare(useCatalog());
  const apply = (edit: (d: Design) => Design): void => {
    const current = store.getState().design;
    const next = edit(current);
    if (next !== current) store.getState().commit(next);
  };
  return (
    <div className="cost-controls">
      <label className="cost-controls__row">
        <span>{t('scenario')}</span>
        <select
          className="field__control"
          value={scenario?.id ?? ''}
          disabled={design.scenarios.length === 0}
          onChange={(e) => apply((d) => setActiveScenario(d, e.target.value))}
          data-testid="cost-scenario"
        >
          {scenario === undefined ? <option value="">{t('noScenario')}</option> : null}
          {design.scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="cost-controls__row">
        <span>{t('region')}</span>
        <select
          className="field__control"
          value={region}
          onChange={(e) => apply((d) => setRegion(d, e.target.value))}
          data-testid="cost-region"
        >
          <optgroup label={t('pricedRegions')}>
            {priced.map((r) => {
              const s = share.get(r);
              return (
                <option key={r} value={r}>
                  {s ? t('regionShare', { region: r, priced: s.priced, meters: s.meters }) : r}
                </option>
              );
            })}
          </optgroup>
          <optgroup label={t('unpricedRegions')}>
            {unpriced.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <label className="cost-controls__check" title={t('freeTierHint')}>
        <input
          type="checkbox"
          checked={scenario?.freeTier ?? true}
          disabled={scenario === undefined}
          onChange={(e) => apply((d) => setFreeTier(d, e.target.checked))}
          data-testid="cost-free-tier"
        />
        <span>{t('freeTier')}</span>
      </label>
      <label className="cost-controls__check">
        <input
          type="checkbox"
          checked={edgeLabels}
          onChange={(e) => costView.getState().setEdgeLabels(e.target.checked)}
          data-testid="cost-edge-labels"
        />
        <span>{t('edgeLabels')}</span>
      </label>
    </div>
  );
}
