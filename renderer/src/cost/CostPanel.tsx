import { categoryNames } from '../../../shared/service/types';
import { BarBreakdown, categoryColors, type BarDatum } from '../charts';
import { useCatalog, useLang } from '../AppContext';
import { CostControls } from './CostControls';
import { costMessages } from './costMessages';
import { costView, useCostView } from './costViewStore';
import { formatUsd } from './format';
import { LoadEditor } from './LoadEditor';
import { useMessages } from './messages';
import { NodeCostList } from './NodeCostList';
import { RegionCompare } from './RegionCompare';
import { reportIndex } from './reportIndex';
import { TransferList } from './TransferList';
import { useCostReport } from './useCostReport';
import './cost.css';

/** The Cost tab: live monthly total, controls, breakdown chart, per-node lines, entry loads. */
export function CostPanel() {
  const report = useCostReport();
  const catalog = useCatalog();
  const lang = useLang();
  const t = useMessages(costMessages);
  const chart = useCostView((s) => s.chart);
  const missing = reportIndex(report).missingLines;
  const format = (usd: number): string => formatUsd(usd, lang);

  const data: BarDatum[] =
    chart === 'service'
      ? Object.entries(report.byService).map(([service, usd]) => ({
          key: service,
          label: catalog[service]?.name[lang] ?? service,
          value: usd,
          ...(catalog[service] ? { color: categoryColors[catalog[service].category] } : {}),
        }))
      : Object.entries(report.byCategory).map(([category, usd]) => ({
          key: category,
          label: categoryNames[category as keyof typeof categoryNames]?.[lang] ?? category,
          value: usd ?? 0,
          color: categoryColors[category as keyof typeof categoryColors],
        }));
  const bars = data.filter((d) => d.value > 0).sort((a, b) => b.value - a.value);

  return (
    <div className="cost-panel" data-testid="cost-panel">
      <section className="cost-panel__header">
        <div className="cost-panel__caption">
          {t('total')}
          {report.scenarioName ? ` · ${report.scenarioName}` : ''}
        </div>
        <div className="cost-panel__total" data-testid="cost-total" data-usd={report.totalMonthlyUsd}>
          {format(report.totalMonthlyUsd)}
          <span className="cost-panel__per">{t('monthly')}</span>
        </div>
        <div className="cost-panel__asof" data-testid="cost-as-of">
          {report.priceBookAsOf
            ? t('asOf', { date: report.priceBookAsOf, region: report.region })
            : t('noBook', { region: report.region })}
        </div>
        {missing > 0 ? (
          <div className="cost-panel__missing" data-testid="cost-missing-count" title={t('missingTitle')}>
            ⚠ {t('missingCount', { count: missing })}
          </div>
        ) : null}
      </section>
      <CostControls />
      {report.nodes.length === 0 ? (
        <p className="muted">{t('emptyDesign')}</p>
      ) : (
        <>
          <section className="cost-panel__section">
            <div className="segmented" role="group">
              {(['service', 'category'] as const).map((mode) => (
                <button
                  key={mode}
                  type="button"
                  className={`segmented__button${chart === mode ? ' segmented__button--active' : ''}`}
                  aria-pressed={chart === mode}
                  onClick={() => costView.getState().setChart(mode)}
                  data-testid={`cost-chart-${mode}`}
                >
                  {mode === 'service' ? t('byService') : t('byCategory')}
                </button>
              ))}
            </div>
            <BarBreakdown
              data={bars}
              format={format}
              testId="cost-chart"
              ariaLabel={t('chartLabel', { what: chart === 'service' ? t('byService') : t('byCategory') })}
            />
          </section>
          <section className="cost-panel__section">
            <h3 className="cost-panel__heading">{t('nodes')}</h3>
            <NodeCostList report={report} />
          </section>
          <TransferList report={report} />
        </>
      )}
      <section className="cost-panel__section">
        <h3 className="cost-panel__heading">{t('loads')}</h3>
        <LoadEditor />
      </section>
      {report.nodes.length > 0 ? <RegionCompare /> : null}
      {report.assumptions.length > 0 ? (
        <details className="cost-panel__section cost-panel__assumptions">
          <summary>{t('assumptions')}</summary>
          <ul>
            {report.assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
