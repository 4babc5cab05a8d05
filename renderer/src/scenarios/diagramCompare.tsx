/**
 * Compare on the diagram: while the mode is on, each node's badge shows its monthly delta
 * against the baseline scenario and each connection its delta (label and colour), green
 * cheaper and red dearer, stronger as the change grows.
 */
import { useMemo, type ReactNode } from 'react';
import type { DiagramDeltas, Magnitude } from '../../../shared/scenarios';
import type { Lang } from '../../../shared/service/types';
import { useCatalog, useDesign, useLang } from '../AppContext';
import type { EdgeLabeller } from '../canvas/edgeLabels';
import { diagramDeltasOf, resolveBaseline } from './analysis';
import { seriesColor, useChartTheme, type ChartTheme } from './chartTheme';
import { activeScenarioId } from './scenarioCommands';
import { useScenarioView } from './scenarioViewStore';
import { formatPct, formatSignedMoney, scenarioText } from './strings';

/** The deltas to draw, or null when compare mode is off or there is nothing to compare. */
export function useDiagramDeltas(): { deltas: DiagramDeltas; baselineName: string } | null {
  const on = useScenarioView((s) => s.diagramCompare);
  const chosen = useScenarioView((s) => s.baselineId);
  const design = useDesign((s) => s.design);
  const catalog = useCatalog();
  if (!on || design.scenarios.length < 2) return null;
  const baseline = resolveBaseline(design, chosen);
  const active = activeScenarioId(design);
  if (baseline === null || active === undefined) return null;
  return {
    deltas: diagramDeltasOf(design, catalog, baseline, active),
    baselineName: design.scenarios.find((s) => s.id === baseline)?.name ?? baseline,
  };
}

const alpha: Readonly<Record<Magnitude, number>> = { none: 0, small: 0.35, medium: 0.65, large: 1 };

/** The colour of a change: direction gives the hue, magnitude the strength. */
export function deltaColor(
  theme: ChartTheme,
  direction: 'up' | 'down' | 'none',
  magnitude: Magnitude,
): string {
  if (direction === 'none' || magnitude === 'none') return theme.muted;
  const hex = direction === 'up' ? theme.dearer : theme.cheaper;
  const a = Math.round((0.35 + 0.65 * alpha[magnitude]) * 255)
    .toString(16)
    .padStart(2, '0');
  return `${hex}${a}`;
}

/** Node badge wrapper: the delta pill in compare mode, the normal badge otherwise. */
export function CompareNodeBadge({
  nodeId,
  children,
}: {
  readonly nodeId: string;
  readonly children: ReactNode;
}) {
  const compare = useDiagramDeltas();
  const lang = useLang();
  const theme = useChartTheme();
  if (!compare) return children;
  const d = compare.deltas.nodes[nodeId];
  if (!d) return children;
  const color = deltaColor(theme, d.direction, d.magnitude);
  return (
    <span
      className={`scn-delta-badge scn-delta-badge--${d.direction} scn-delta-badge--${d.magnitude}`}
      style={{ background: d.direction === 'none' ? undefined : color }}
      title={`${formatSignedMoney(d.delta, lang)} (${formatPct(d.pct, lang)})`}
      data-testid={`delta-badge-${nodeId}`}
      data-delta={d.delta}
    >
      {d.direction === 'none' ? '=' : formatSignedMoney(d.delta, lang)}
    </span>
  );
}

function edgeText(d: DiagramDeltas['connections'][string], lang: Lang): string {
  const parts: string[] = [];
  if (d.direction !== 'none') parts.push(formatSignedMoney(d.delta, lang));
  if (d.events.delta !== 0) parts.push(`${formatPct(d.events.pct, lang)} ev.`);
  return parts.length === 0 ? '=' : parts.join(' · ');
}

/** Edge-label override: each connection's delta in compare mode. */
export function useCompareEdgeLabels(): EdgeLabeller | null {
  const compare = useDiagramDeltas();
  const lang = useLang();
  return useMemo(() => {
    if (!compare) return null;
    return (connectionId, base) => {
      const d = compare.deltas.connections[connectionId];
      return d ? edgeText(d, lang) : base;
    };
  }, [compare, lang]);
}

/**
 * The style of one connection: coloured by its own cost change when it has one; otherwise,
 * when only the traffic it carries changed, in the neutral accent, thicker as traffic grows.
 */
function edgeRule(c: DiagramDeltas['connections'][string], theme: ChartTheme): string {
  const selector = `.react-flow__edge[data-id="${c.id}"]`;
  let color: string;
  let width: number;
  if (c.direction !== 'none') {
    color = deltaColor(theme, c.direction, c.magnitude);
    width = c.magnitude === 'large' ? 4 : c.magnitude === 'medium' ? 3 : 2;
  } else if (c.events.delta !== 0) {
    const ratio = c.events.pct === null ? Infinity : Math.abs(c.events.pct);
    color = seriesColor(theme, 0);
    width = ratio >= 500 ? 4 : ratio >= 100 ? 3 : 2;
  } else return '';
  return `${selector} .react-flow__edge-path{stroke:${color};stroke-width:${width}px}
${selector} .react-flow__edge-text{fill:${color};font-weight:600}`;
}

/** Edge colours (a style sheet keyed by connection id) and the legend, over the canvas. */
export function DiagramCompareLayer() {
  const compare = useDiagramDeltas();
  const lang = useLang();
  const theme = useChartTheme();
  if (!compare) return null;
  const rules = Object.values(compare.deltas.connections)
    .filter((c) => /^[A-Za-z0-9]+$/.test(c.id))
    .map((c) => edgeRule(c, theme))
    .filter((rule) => rule !== '');
  return (
    <>
      <style data-testid="diagram-compare-style">{rules.join('\n')}</style>
      <div className="scn-diagram-legend" data-testid="diagram-compare-legend">
        {scenarioText(lang, 'diagram.legend', { baseline: compare.baselineName })} ·{' '}
        <strong>{formatSignedMoney(compare.deltas.total.delta, lang)}</strong> (
        {formatPct(compare.deltas.total.pct, lang)})
      </div>
    </>
  );
}
