import { useRef, type ReactNode } from 'react';
import { useDesign, useUiStoreApi } from '../AppContext';
import type { ChartTheme } from './chartTheme';
import { fileSlug } from '../model/fileSlug';
import { exportFile, svgToPng } from './exportFile';
import { useScenarioT } from './strings';

interface ChartFrameProps {
  readonly title: string;
  /** File name part and data-testid suffix, e.g. 'cost-curve'. */
  readonly name: string;
  readonly theme: ChartTheme;
  readonly children: ReactNode;
  readonly actions?: ReactNode;
}

/** A titled chart with an "Export PNG" button that saves the chart's SVG as an image. */
export function ChartFrame({ title, name, theme, children, actions }: ChartFrameProps) {
  const t = useScenarioT();
  const ui = useUiStoreApi();
  const designName = useDesign((s) => s.design.name);
  const body = useRef<HTMLDivElement>(null);
  const exportPng = async (): Promise<void> => {
    // The plot is the largest surface (legend icons are small recharts surfaces too).
    const area = (e: SVGSVGElement): number =>
      e.getBoundingClientRect().width * e.getBoundingClientRect().height;
    const svg = [...(body.current?.querySelectorAll<SVGSVGElement>('svg.recharts-surface') ?? [])].sort(
      (a, b) => area(b) - area(a),
    )[0];
    if (!svg) return;
    try {
      const legend = [...(body.current?.querySelectorAll<HTMLElement>('.recharts-legend-item') ?? [])].map(
        (item) => ({
          label: item.textContent ?? '',
          color: getComputedStyle(item.querySelector('.recharts-legend-item-text') ?? item).color,
        }),
      );
      const png = await svgToPng(svg, theme.background, { title, textColor: theme.text, legend });
      const outcome = await exportFile({
        suggestedName: `${fileSlug(designName)}-${name}.png`,
        mime: 'image/png',
        content: png,
      });
      if (!outcome.ok) ui.getState().showToast('error', outcome.message, 'export-error');
    } catch (error) {
      ui.getState().showToast(
        'error',
        error instanceof Error ? error.message : String(error),
        'export-error',
      );
    }
  };
  return (
    <section className="scn-chart" data-testid={`chart-${name}`} style={{ background: theme.background }}>
      <header className="scn-chart__header">
        <h3 style={{ color: theme.text }}>{title}</h3>
        <span className="scn-chart__actions">
          {actions}
          <button
            type="button"
            className="scn-button"
            onClick={() => void exportPng()}
            data-testid={`export-png-${name}`}
          >
            {t('compare.exportPng')}
          </button>
        </span>
      </header>
      <div ref={body} className="scn-chart__body">
        {children}
      </div>
    </section>
  );
}
