import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceDot,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { memo, useMemo, useState } from 'react';
import type { LoadSweep } from '../../../shared/scenarios';
import { categoryNames, type CategoryId, type Lang } from '../../../shared/service/types';
import { formatNumber } from '../../../shared/validation/numberFormat';
import { useDesign, useLang } from '../AppContext';
import { AnalysisProgress } from './AnalysisProgress';
import { ChartFrame } from './ChartFrame';
import { eventText, foldEvents } from './curveEvents';
import { seriesColor, type ChartTheme } from './chartTheme';
import { activeScenarioId } from './scenarioCommands';
import { useScenarioView, useScenarioViewApi } from './scenarioViewStore';
import { formatMoney, useScenarioT } from './strings';
import { useAnalysis } from './useAnalysis';

const TICKS = [0.1, 0.3, 1, 3, 10, 30, 100];

/** The total at a factor between two sweep points, interpolated on the log axis. */
function totalAt(sweep: LoadSweep, factor: number): number {
  const pts = sweep.points;
  const i = pts.findIndex((p) => p.factor >= factor);
  if (i <= 0) return pts[Math.max(0, i)]?.totalMonthlyUsd ?? 0;
  const a = pts[i - 1];
  const b = pts[i];
  if (!a || !b) return 0;
  const w = Math.log(factor / a.factor) / Math.log(b.factor / a.factor);
  return a.totalMonthlyUsd + w * (b.totalMonthlyUsd - a.totalMonthlyUsd);
}

function factorText(f: number, lang: Lang): string {
  return `${f.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-US', { maximumSignificantDigits: 3 })}×`;
}

function CurveTooltip({
  active,
  label,
  sweeps,
  names,
  lang,
  theme,
}: Partial<TooltipContentProps<number, string>> & {
  sweeps: readonly LoadSweep[];
  names: ReadonlyMap<string, string>;
  lang: Lang;
  theme: ChartTheme;
}) {
  if (!active || typeof label !== 'number') return null;
  return (
    <div
      className="scn-tooltip"
      style={{ background: theme.background, color: theme.text, borderColor: theme.grid }}
      data-testid="curve-tooltip"
    >
      <strong>{factorText(label, lang)}</strong>
      {sweeps.map((s) => {
        const point = s.points.find((p) => p.factor === label);
        if (!point) return null;
        return (
          <div key={s.scenarioId}>
            <div>
              {names.get(s.scenarioId)}: <strong>{formatMoney(point.totalMonthlyUsd, lang)}</strong>
            </div>
            <ul>
              {Object.entries(point.byCategory)
                .filter(([, v]) => v >= 0.005)
                .sort((a, b) => b[1] - a[1])
                .map(([k, v]) => (
                  <li key={k}>
                    {categoryNames[k as CategoryId]?.[lang] ?? k}: {formatMoney(v, lang)}
                  </li>
                ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}

type EventItem = { readonly sweep: LoadSweep; readonly item: ReturnType<typeof foldEvents>[number] };

/** Dots per decade of load factor closer than which markers of one kind merge (about 8 px). */
const DOT_BUCKETS_PER_DECADE = 40;

/**
 * The markers to draw: first and last event of each folded item, one per kind and position
 * on the log axis (a large design has hundreds of thresholds; overlapping dots add nothing
 * but rendering time).
 */
export function eventDots(
  items: readonly EventItem[],
): { key: string; sweep: LoadSweep; kind: EventItem['item']['kind']; at: number }[] {
  const dots = new Map<
    string,
    { key: string; sweep: LoadSweep; kind: EventItem['item']['kind']; at: number }
  >();
  for (const { sweep, item } of items)
    for (const event of [item.first, ...(item.last ? [item.last] : [])]) {
      const bucket = Math.round(Math.log10(event.at) * DOT_BUCKETS_PER_DECADE);
      const key = `${sweep.scenarioId}|${item.kind}|${bucket}`;
      if (!dots.has(key)) dots.set(key, { key, sweep, kind: item.kind, at: event.at });
    }
  return [...dots.values()];
}

/** The curve itself; memoised, so progress reports do not redraw it. */
const CurveChart = memo(function CurveChart({
  sweeps,
  items,
  names,
  lang,
  theme,
  logCost,
}: {
  readonly sweeps: readonly LoadSweep[];
  readonly items: readonly EventItem[];
  readonly names: ReadonlyMap<string, string>;
  readonly lang: Lang;
  readonly theme: ChartTheme;
  readonly logCost: boolean;
}) {
  const t = useScenarioT();
  const rows = sweeps[0]?.points.map((p, i) => {
    const row: Record<string, number> = { factor: p.factor };
    for (const s of sweeps) row[s.scenarioId] = s.points[i]?.totalMonthlyUsd ?? 0;
    return row;
  });
  const ids = sweeps.map((s) => s.scenarioId);
  const minTotal = Math.min(...(rows ?? []).flatMap((r) => ids.map((id) => r[id] ?? 0)).filter((v) => v > 0));
  return (
    <ResponsiveContainer width="100%" height={380}>
      <LineChart data={rows} margin={{ top: 12, right: 24, bottom: 24, left: 16 }}>
        <CartesianGrid stroke={theme.grid} />
        <XAxis
          dataKey="factor"
          type="number"
          scale="log"
          domain={[0.1, 100]}
          ticks={TICKS}
          allowDataOverflow
          tickFormatter={(v: number) => factorText(v, lang)}
          stroke={theme.muted}
          tick={{ fill: theme.text }}
          label={{ value: t('curve.factor'), position: 'insideBottom', offset: -12, fill: theme.muted }}
        />
        <YAxis
          {...(logCost && Number.isFinite(minTotal)
            ? { scale: 'log' as const, domain: [minTotal / 1.5, 'auto'], allowDataOverflow: true }
            : {})}
          stroke={theme.muted}
          tick={{ fill: theme.text }}
          tickFormatter={(v: number) => formatMoney(v, lang, 0)}
          width={90}
        />
        <Tooltip content={<CurveTooltip sweeps={sweeps} names={names} lang={lang} theme={theme} />} />
        <Legend wrapperStyle={{ color: theme.text }} verticalAlign="top" />
        {sweeps.map((s, i) => (
          <Line
            key={s.scenarioId}
            dataKey={s.scenarioId}
            name={names.get(s.scenarioId) ?? s.scenarioId}
            stroke={seriesColor(theme, i)}
            strokeWidth={2}
            dot={{ r: 2, fill: seriesColor(theme, i) }}
            isAnimationActive={false}
          />
        ))}
        {eventDots(items).map((dot) => (
          <ReferenceDot
            key={dot.key}
            x={dot.at}
            y={totalAt(dot.sweep, dot.at)}
            r={5}
            fill={theme.event[dot.kind]}
            stroke={theme.background}
            className={`scn-event scn-event--${dot.kind}`}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
});

/** Cost versus traffic (0.1× to 100×, log axis) with free-tier, tier and capacity markers. */
export function CostCurveTab({ theme }: { readonly theme: ChartTheme }) {
  const t = useScenarioT();
  const lang = useLang();
  const design = useDesign((s) => s.design);
  const chosen = useScenarioView((s) => s.curveScenarioIds);
  const view = useScenarioViewApi();
  const active = activeScenarioId(design);
  const ids = (chosen ?? (active !== undefined ? [active] : [])).filter((id) =>
    design.scenarios.some((s) => s.id === id),
  );
  // Events carry their words in both languages: switching language does not sweep again.
  const analysis = useAnalysis(design, `sweep:${ids.join(',')}`, () => ({
    kind: 'sweep',
    design,
    scenarioIds: ids,
    lang,
  }));
  // The curve first comes without thresholds (cheap), then with them.
  const sweeps = (analysis.result ?? analysis.partial)?.sweeps ?? null;
  const running = analysis.result === null && analysis.error === null;
  const names = useMemo(() => new Map(design.scenarios.map((s) => [s.id, s.name])), [design.scenarios]);
  const toggle = (id: string): void => {
    const next = ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
    view.getState().setCurveScenarios(design.scenarios.map((s) => s.id).filter((x) => next.includes(x)));
  };
  const items = useMemo(
    () =>
      (analysis.result?.sweeps ?? []).flatMap((sweep) => foldEvents(sweep).map((item) => ({ sweep, item }))),
    [analysis.result],
  );
  const [logCost, setLogCost] = useState(false);
  const number = (v: number): string =>
    v.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-US', { maximumSignificantDigits: 3 });

  const picker = (
    <span className="scn-picker" aria-label={t('curve.scenarios')}>
      {design.scenarios.map((s) => (
        <label key={s.id}>
          <input
            type="checkbox"
            checked={ids.includes(s.id)}
            onChange={() => toggle(s.id)}
            data-testid={`curve-pick-${s.id}`}
          />
          {s.name}
        </label>
      ))}
      <label>
        <input
          type="checkbox"
          checked={logCost}
          onChange={(e) => setLogCost(e.target.checked)}
          data-testid="curve-log-cost"
        />
        {t('curve.logScale')}
      </label>
    </span>
  );

  return (
    <div className="scn-compare__grid">
      <ChartFrame title={t('compare.tabCurve')} name="cost-curve" theme={theme} actions={picker}>
        {sweeps ? (
          <CurveChart
            sweeps={sweeps}
            items={items}
            names={names}
            lang={lang}
            theme={theme}
            logCost={logCost}
          />
        ) : (
          <div className="scn-loading" style={{ height: 380 }}>
            {running ? <AnalysisProgress progress={analysis.progress} /> : null}
          </div>
        )}
      </ChartFrame>
      <section className="scn-events" data-testid="curve-events" data-runner={analysis.runner ?? undefined}>
        <h3>{t('curve.events')}</h3>
        {analysis.error !== null ? (
          <p className="scn-error" role="alert" data-testid="analysis-error">
            {t('progress.error', { message: analysis.error })}
          </p>
        ) : null}
        {running && sweeps ? <AnalysisProgress progress={analysis.progress} /> : null}
        <ul>
          {items.map(({ sweep, item }, i) => (
            <li key={i} data-kind={item.kind}>
              <span className="scn-dot" style={{ background: theme.event[item.kind] }} />
              {sweeps && sweeps.length > 1 ? `${names.get(sweep.scenarioId)}: ` : ''}
              {item.last
                ? t('curve.steps', {
                    first: `${eventText(item.first, lang)} (${t('curve.at', { factor: number(item.first.at) })})`,
                    count: item.more,
                    to: item.last.to !== undefined ? formatNumber(item.last.to, lang) : '',
                    at: number(item.last.at),
                  })
                : `${eventText(item.first, lang)} — ${t('curve.at', { factor: number(item.first.at) })}`}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
