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
import { useDesign, useLang } from '../AppContext';
import { AnalysisPending } from './AnalysisPending';
import { ChartFrame } from './ChartFrame';
import type { ChartTheme } from './chartTheme';
import { formatMoney, formatSignedMoney, useScenarioT } from './strings';
import { useAnalysis } from './useAnalysis';

const TOP = 10;
/** Each input is varied by ±20 %. */
const DELTA = 0.2;

/** Tornado chart: each input at −20 % and +20 %, the change of the monthly total, ranked. */
export function SensitivityTab({
  theme,
  scenarioId,
}: {
  readonly theme: ChartTheme;
  readonly scenarioId: string;
}) {
  const t = useScenarioT();
  const lang = useLang();
  const design = useDesign((s) => s.design);
  const analysis = useAnalysis(design, `sensitivity:${scenarioId}:${lang}:${DELTA}`, () => ({
    kind: 'sensitivity',
    design,
    scenarioId,
    lang,
    delta: DELTA,
  }));
  const result = analysis.result?.sensitivity;
  if (analysis.error !== null || !result) return <AnalysisPending analysis={analysis} height={200} />;
  const pct = Math.round(result.delta * 100);
  const low = t('sensitivity.low', { pct });
  const high = t('sensitivity.high', { pct });
  const rows = result.inputs.slice(0, TOP).map((input) => ({
    label: input.label,
    low: Math.round((input.lowUsd - result.baseUsd) * 100) / 100,
    high: Math.round((input.highUsd - result.baseUsd) * 100) / 100,
  }));
  return (
    <div className="scn-compare__grid">
      <p className="muted" data-testid="sensitivity-base">
        {t('edit.total')}: {formatMoney(result.baseUsd, lang)}
      </p>
      {result.suggestion ? (
        <p className="scn-suggestion" data-testid="sensitivity-suggestion">
          {result.suggestion.text}
        </p>
      ) : null}
      <ChartFrame title={t('sensitivity.title', { pct })} name="sensitivity" theme={theme}>
        {rows.length === 0 ? (
          <p className="muted">{t('sensitivity.none')}</p>
        ) : (
          <ResponsiveContainer width="100%" height={Math.max(160, 40 + rows.length * 34)}>
            <BarChart
              data={rows}
              layout="vertical"
              stackOffset="sign"
              margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
            >
              <CartesianGrid stroke={theme.grid} horizontal={false} />
              <XAxis
                type="number"
                stroke={theme.muted}
                tick={{ fill: theme.text }}
                tickFormatter={(v: number) => formatSignedMoney(v, lang)}
              />
              <YAxis
                type="category"
                dataKey="label"
                width={300}
                stroke={theme.muted}
                tick={{ fill: theme.text, fontSize: 11 }}
              />
              <Tooltip
                formatter={(v) => formatSignedMoney(Number(v), lang)}
                contentStyle={{ background: theme.background, borderColor: theme.grid, color: theme.text }}
              />
              <Legend wrapperStyle={{ color: theme.text }} />
              <ReferenceLine x={0} stroke={theme.muted} />
              <Bar dataKey="low" name={low} stackId="s" fill={theme.cheaper} isAnimationActive={false} />
              <Bar dataKey="high" name={high} stackId="s" fill={theme.dearer} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        )}
      </ChartFrame>
    </div>
  );
}
