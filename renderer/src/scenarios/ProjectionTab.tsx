import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { categoryNames, type CategoryId } from '../../../shared/service/types';
import { useDesign, useLang, useServices } from '../AppContext';
import { AnalysisPending } from './AnalysisPending';
import { ChartFrame } from './ChartFrame';
import { categoryColor, type ChartTheme } from './chartTheme';
import { formatMoney, useScenarioT } from './strings';
import { useAnalysis } from './useAnalysis';

/** Months projected (the tab's title says 12). */
const MONTHS = 12;

/** 12-month projection of one scenario: stacked monthly bars, a table, free-tier end and first warning. */
export function ProjectionTab({
  theme,
  scenarioId,
}: {
  readonly theme: ChartTheme;
  readonly scenarioId: string;
}) {
  const t = useScenarioT();
  const lang = useLang();
  const design = useDesign((s) => s.design);
  const { commands, context } = useServices();
  // Labels come in both languages: switching language does not project again.
  const analysis = useAnalysis(design, `projection:${scenarioId}:${MONTHS}`, () => ({
    kind: 'projection',
    design,
    scenarioId,
    lang,
    months: MONTHS,
  }));
  const projection = analysis.result?.projection;
  if (analysis.error !== null || !projection) return <AnalysisPending analysis={analysis} height={320} />;
  // Categories billed in some month (all-zero columns are noise).
  const categories = [...new Set(projection.months.flatMap((m) => Object.keys(m.byCategory)))]
    .filter((c) => projection.months.some((m) => (m.byCategory[c] ?? 0) >= 0.005))
    .sort();
  const monthLabel = (index: number): string => `${t('projection.month')} ${index + 1}`;
  const rows = projection.months.map((m) => ({ month: monthLabel(m.monthIndex), ...m.byCategory }));
  const freeEnd = projection.freeTierEnds.find(
    (e) => e.monthIndex === projection.firstFreeTierExhaustedMonth,
  );
  const csvButton = (
    <button
      type="button"
      className="scn-button"
      onClick={() => void commands.run('scenario.exportProjectionCsv', context)}
      data-testid="export-projection-csv"
    >
      {t('compare.exportCsv')}
    </button>
  );
  return (
    <div className="scn-compare__grid">
      <ul className="scn-facts" data-testid="projection-facts">
        <li>{t('projection.growth', { pct: Math.round(projection.growthPerMonth * 1000) / 10 })}</li>
        <li data-testid="projection-free-tier">
          {freeEnd
            ? t('projection.freeTierEnds', {
                month: freeEnd.monthIndex + 1,
                meter: freeEnd.labels?.[lang] ?? freeEnd.label,
              })
            : t('projection.noFreeTierEnd')}
        </li>
        <li data-testid="projection-warning">
          {projection.firstWarningMonth !== null
            ? t('projection.warning', { month: projection.firstWarningMonth + 1 })
            : t('projection.noWarning')}
        </li>
        <li>
          <strong>{t('projection.sum', { usd: formatMoney(projection.totalUsd, lang) })}</strong>
        </li>
      </ul>
      <ChartFrame title={t('compare.tabProjection')} name="projection" theme={theme} actions={csvButton}>
        <ResponsiveContainer width="100%" height={320}>
          <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
            <CartesianGrid stroke={theme.grid} vertical={false} />
            <XAxis dataKey="month" stroke={theme.muted} tick={{ fill: theme.text, fontSize: 11 }} />
            <YAxis
              stroke={theme.muted}
              tick={{ fill: theme.text }}
              tickFormatter={(v: number) => formatMoney(v, lang, 0)}
              width={80}
            />
            <Tooltip
              formatter={(v) => formatMoney(Number(v), lang)}
              contentStyle={{ background: theme.background, borderColor: theme.grid, color: theme.text }}
            />
            <Legend wrapperStyle={{ color: theme.text }} />
            {categories.map((c) => (
              <Bar
                key={c}
                dataKey={c}
                stackId="m"
                name={categoryNames[c as CategoryId]?.[lang] ?? c}
                fill={categoryColor(theme, c)}
                isAnimationActive={false}
              />
            ))}
            {projection.firstFreeTierExhaustedMonth !== null ? (
              <ReferenceLine
                x={monthLabel(projection.firstFreeTierExhaustedMonth)}
                stroke={theme.event.freeTierExhausted}
                strokeDasharray="4 3"
                label={{ value: '⊘', fill: theme.event.freeTierExhausted, position: 'top', fontSize: 14 }}
              />
            ) : null}
            {projection.firstWarningMonth !== null ? (
              <ReferenceLine
                x={monthLabel(projection.firstWarningMonth)}
                stroke={theme.event.warning}
                strokeDasharray="4 3"
                label={{ value: '⚠', fill: theme.event.warning, position: 'top', fontSize: 14 }}
              />
            ) : null}
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>
      <table className="scn-table" data-testid="projection-table">
        <thead>
          <tr>
            <th>{t('projection.month')}</th>
            <th>{t('projection.multiplier')}</th>
            {categories.map((c) => (
              <th key={c}>{categoryNames[c as CategoryId]?.[lang] ?? c}</th>
            ))}
            <th>{t('projection.total')}</th>
          </tr>
        </thead>
        <tbody>
          {projection.months.map((m) => (
            <tr
              key={m.monthIndex}
              className={
                m.monthIndex === projection.firstWarningMonth
                  ? 'scn-row--warning'
                  : m.monthIndex === projection.firstFreeTierExhaustedMonth
                    ? 'scn-row--mover'
                    : undefined
              }
            >
              <th scope="row">{m.monthIndex + 1}</th>
              <td>
                {m.loadMultiplier.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-US', {
                  maximumFractionDigits: 3,
                })}
              </td>
              {categories.map((c) => (
                <td key={c}>{formatMoney(m.byCategory[c] ?? 0, lang)}</td>
              ))}
              <td>
                <strong>{formatMoney(m.totalMonthlyUsd, lang)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
