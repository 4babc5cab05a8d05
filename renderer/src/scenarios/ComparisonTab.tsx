import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BreakdownRow, ScenarioComparison } from '../../../shared/scenarios';
import { categoryNames, type CategoryId } from '../../../shared/service/types';
import { useCatalog, useDesign, useLang } from '../AppContext';
import { rangeOf } from './analysis';
import { ChartFrame } from './ChartFrame';
import { categoryColor, type ChartTheme } from './chartTheme';
import { formatMoney, formatPct, formatSignedMoney, useScenarioT } from './strings';

const deltaClass = (delta: number): string =>
  delta > 0.004 ? 'scn-delta--up' : delta < -0.004 ? 'scn-delta--down' : 'scn-delta--none';

function BreakdownTable({
  title,
  rows,
  comparison,
  movers,
  testId,
}: {
  readonly title: string;
  readonly rows: readonly BreakdownRow[];
  readonly comparison: ScenarioComparison;
  readonly movers: ReadonlySet<string>;
  readonly testId: string;
}) {
  const lang = useLang();
  const others = comparison.scenarios.filter((s) => s.id !== comparison.baselineId);
  return (
    <table className="scn-table" data-testid={testId}>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th />
          {comparison.scenarios.map((s) => (
            <th key={s.id}>{s.name}</th>
          ))}
          {others.map((s) => (
            <th key={`d-${s.id}`}>Δ {s.name}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={r.key}
            className={movers.has(r.key) ? 'scn-row--mover' : undefined}
            data-testid={`${testId}-${r.key}`}
          >
            <th scope="row">{r.label}</th>
            {comparison.scenarios.map((s) => (
              <td key={s.id}>{formatMoney(r.values[s.id] ?? 0, lang)}</td>
            ))}
            {others.map((s) => {
              const d = r.deltas[s.id];
              return (
                <td key={`d-${s.id}`} className={deltaClass(d?.delta ?? 0)}>
                  {formatSignedMoney(d?.delta ?? 0, lang)} <small>{formatPct(d?.pct ?? null, lang)}</small>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Rows whose change is among the three largest for some scenario. */
function topMovers(rows: readonly BreakdownRow[], comparison: ScenarioComparison): Set<string> {
  const keys = new Set<string>();
  for (const s of comparison.scenarios) {
    if (s.id === comparison.baselineId) continue;
    [...rows]
      .filter((r) => Math.abs(r.deltas[s.id]?.delta ?? 0) >= 0.005)
      .sort((a, b) => Math.abs(b.deltas[s.id]?.delta ?? 0) - Math.abs(a.deltas[s.id]?.delta ?? 0))
      .slice(0, 3)
      .forEach((r) => keys.add(r.key));
  }
  return keys;
}

/** Scenarios side by side: totals (ranges), stacked bars, category and service tables, movers. */
export function ComparisonTab({ comparison, theme }: { comparison: ScenarioComparison; theme: ChartTheme }) {
  const t = useScenarioT();
  const lang = useLang();
  const catalog = useCatalog();
  const design = useDesign((s) => s.design);
  const money = (v: number): string => formatMoney(v, lang, 0);
  // Rows at $0 in every scenario (nothing billed, or unpriced: said on the cards) are noise.
  const nonZero = (rows: readonly BreakdownRow[]): BreakdownRow[] =>
    rows.filter((r) => Object.values(r.values).some((v) => Math.abs(v) >= 0.005));
  const categories = nonZero(comparison.categories);
  const services = nonZero(comparison.services);
  const chartKeys = comparison.chartKeys.filter((k) => categories.some((r) => r.key === k));
  return (
    <div className="scn-compare__grid">
      <div className="scn-cards">
        {comparison.scenarios.map((s) => {
          const range = rangeOf(design, catalog, s.id);
          const baseline = s.id === comparison.baselineId;
          return (
            <div
              key={s.id}
              className={`scn-card${baseline ? ' scn-card--baseline' : ''}`}
              data-testid={`compare-card-${s.id}`}
            >
              <div className="scn-card__name">
                {s.name}
                {baseline ? <span className="scn-tag">{t('panel.baseline')}</span> : null}
              </div>
              <div
                className="scn-card__total"
                data-testid={`compare-total-${s.id}`}
                data-usd={s.totalMonthlyUsd}
              >
                {formatMoney(s.totalMonthlyUsd, lang)}
              </div>
              {range.hasRange ? (
                <div className="scn-card__range" data-testid={`compare-range-${s.id}`}>
                  {t('compare.range')}: {formatMoney(range.low, lang)} – {formatMoney(range.high, lang)}
                </div>
              ) : null}
              {!baseline ? (
                <div
                  className={`scn-card__delta ${deltaClass(s.delta.delta)}`}
                  data-testid={`compare-delta-${s.id}`}
                >
                  {formatSignedMoney(s.delta.delta, lang)} ({formatPct(s.delta.pct, lang)})
                </div>
              ) : null}
              <div className="scn-card__meta muted">
                {s.region} · {t(`purchase.${s.purchaseOption}`)}
                {s.unpricedLines > 0 ? ` · ${t('compare.unpriced', { count: s.unpricedLines })}` : ''}
              </div>
              {!baseline && (comparison.movers[s.id]?.length ?? 0) > 0 ? (
                <ol className="scn-movers" data-testid={`compare-movers-${s.id}`}>
                  {comparison.movers[s.id]?.slice(0, 3).map((m) => (
                    <li key={m.key}>
                      {m.label}{' '}
                      <span className={deltaClass(m.delta.delta)}>
                        {formatSignedMoney(m.delta.delta, lang)}
                      </span>
                    </li>
                  ))}
                </ol>
              ) : null}
            </div>
          );
        })}
      </div>
      <ChartFrame title={t('compare.byCategory')} name="compare-bars" theme={theme}>
        <ResponsiveContainer width="100%" height={300}>
          <BarChart data={[...comparison.chart]} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
            <CartesianGrid stroke={theme.grid} vertical={false} />
            <XAxis dataKey="name" stroke={theme.muted} tick={{ fill: theme.text }} />
            <YAxis stroke={theme.muted} tick={{ fill: theme.text }} tickFormatter={money} width={80} />
            <Tooltip
              formatter={(v) => formatMoney(Number(v), lang)}
              contentStyle={{ background: theme.background, borderColor: theme.grid, color: theme.text }}
            />
            <Legend wrapperStyle={{ color: theme.text }} />
            {chartKeys.map((key) => (
              <Bar
                key={key}
                dataKey={key}
                stackId="total"
                name={categoryNames[key as CategoryId]?.[lang] ?? key}
                fill={categoryColor(theme, key)}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>
      <BreakdownTable
        title={t('compare.byCategory')}
        rows={categories}
        comparison={comparison}
        movers={topMovers(categories, comparison)}
        testId="compare-categories"
      />
      <BreakdownTable
        title={t('compare.byService')}
        rows={services}
        comparison={comparison}
        movers={topMovers(services, comparison)}
        testId="compare-services"
      />
    </div>
  );
}
