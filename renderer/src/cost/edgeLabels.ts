/** Connection labels with events per month, shown when the cost panel's toggle is on. */
import { useMemo } from 'react';
import { useCatalog, useDesign, useLang } from '../AppContext';
import type { EdgeLabeller } from '../canvas/edgeLabels';
import { costReportFor } from './costReport';
import { useCostView } from './costViewStore';
import { formatPerMonth, formatUsdCompact } from './format';
import { reportIndex } from './reportIndex';

export function useEventsEdgeLabels(): EdgeLabeller | null {
  const on = useCostView((s) => s.edgeLabels);
  const design = useDesign((s) => s.design);
  const catalog = useCatalog();
  const lang = useLang();
  return useMemo(() => {
    if (!on) return null;
    const flows = reportIndex(costReportFor(design, catalog)).connections;
    return (connectionId, base) => {
      const flow = flows.get(connectionId);
      if (!flow) return base;
      const transfer = flow.monthlyUsd > 0 ? ` · ${formatUsdCompact(flow.monthlyUsd, lang)}` : '';
      const events = `${formatPerMonth(flow.eventsPerMonth, lang)}${transfer}`;
      return base === undefined ? events : `${base} · ${events}`;
    };
  }, [on, design, catalog, lang]);
}
