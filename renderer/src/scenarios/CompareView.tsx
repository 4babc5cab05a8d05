import { useEffect, useState } from 'react';
import { useCatalog, useDesign, useLang, useServices } from '../AppContext';
import { isTextInputTarget } from '../commands/shortcuts';
import { comparisonOf, resolveBaseline } from './analysis';
import { useChartTheme } from './chartTheme';
import { ComparisonTab } from './ComparisonTab';
import { CostCurveTab } from './CostCurveTab';
import { ProjectionTab } from './ProjectionTab';
import { activeScenarioId } from './scenarioCommands';
import { compareTabs, useScenarioView, useScenarioViewApi, type CompareTab } from './scenarioViewStore';
import { SensitivityTab } from './SensitivityTab';
import { useScenarioT, type ScenarioMessage } from './strings';
import './compare.css';

const tabLabels: Readonly<Record<CompareTab, ScenarioMessage>> = {
  compare: 'compare.tabCompare',
  curve: 'compare.tabCurve',
  projection: 'compare.tabProjection',
  sensitivity: 'compare.tabSensitivity',
};

function CompareBody() {
  const t = useScenarioT();
  const lang = useLang();
  const catalog = useCatalog();
  const theme = useChartTheme();
  const design = useDesign((s) => s.design);
  const { commands, context } = useServices();
  const view = useScenarioViewApi();
  const tab = useScenarioView((s) => s.compareTab);
  const chosenBaseline = useScenarioView((s) => s.baselineId);
  const active = activeScenarioId(design);
  const [picked, setPicked] = useState<string | null>(null);
  const focus = picked !== null && design.scenarios.some((s) => s.id === picked) ? picked : active;
  const baseline = resolveBaseline(design, chosenBaseline);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') view.getState().closeCompare();
      // The diagram is hidden under the view: keys that delete, cut or paste nodes must not
      // reach it (the shell's shortcut handler skips prevented events). Undo/redo still work.
      const mod = event.ctrlKey || event.metaKey;
      const editsDiagram =
        event.key === 'Delete' || event.key === 'Backspace' || (mod && /^[xv]$/i.test(event.key));
      if (editsDiagram && !isTextInputTarget(event.target)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [view]);

  if (baseline === null || focus === undefined) return null;
  const comparison = tab === 'compare' ? comparisonOf(design, catalog, baseline, lang) : null;

  return (
    <div
      className={`scn-compare${theme.dark ? ' scn-compare--dark' : ''}`}
      role="dialog"
      aria-modal="true"
      aria-label={t('compare.title')}
      data-testid="compare-view"
    >
      <header className="scn-compare__header">
        <h2>{t('compare.title')}</h2>
        <nav className="scn-tabs" role="tablist">
          {compareTabs.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={tab === id}
              className={`scn-tab${tab === id ? ' scn-tab--active' : ''}`}
              onClick={() => view.getState().setCompareTab(id)}
              data-testid={`compare-tab-${id}`}
            >
              {t(tabLabels[id])}
            </button>
          ))}
        </nav>
        <span className="scn-compare__controls">
          {tab === 'compare' ? (
            <>
              <label>
                {t('panel.baseline')}{' '}
                <select
                  className="scn-input"
                  value={baseline}
                  onChange={(e) => view.getState().setBaseline(e.target.value)}
                  data-testid="compare-baseline"
                >
                  {design.scenarios.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className="scn-button"
                onClick={() => void commands.run('scenario.exportComparisonCsv', context)}
                data-testid="export-comparison-csv"
              >
                {t('compare.exportCsv')}
              </button>
            </>
          ) : null}
          {tab === 'projection' || tab === 'sensitivity' ? (
            <select
              className="scn-input"
              value={focus}
              aria-label={t('panel.title')}
              onChange={(e) => setPicked(e.target.value)}
              data-testid="compare-focus"
            >
              {design.scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          ) : null}
          <button
            type="button"
            className="scn-button"
            onClick={() => view.getState().closeCompare()}
            data-testid="compare-close"
          >
            {t('compare.close')}
          </button>
        </span>
      </header>
      <div className="scn-compare__body">
        {comparison ? <ComparisonTab comparison={comparison} theme={theme} /> : null}
        {tab === 'curve' ? <CostCurveTab theme={theme} /> : null}
        {tab === 'projection' ? <ProjectionTab theme={theme} scenarioId={focus} /> : null}
        {tab === 'sensitivity' ? <SensitivityTab theme={theme} scenarioId={focus} /> : null}
      </div>
    </div>
  );
}

/** The comparison view, over the workspace while open (mounted once by the app shell). */
export function CompareView() {
  const open = useScenarioView((s) => s.compareOpen);
  return open ? <CompareBody /> : null;
}
