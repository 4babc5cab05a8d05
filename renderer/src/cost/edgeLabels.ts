/** Connection labels with events per month, shown when the cost panel's toggle is on. */
import { useMemo } from 'react';
import { useLang } from '../AppContext';
import type { EdgeLabeller } from '../canvas/edgeLabels';
import { useCostView } from './costViewStore';
import { formatPerMonth, formatUsdCompact } from './format';
import { reportIndex } from './reportIndex';
import { useCostReport } from './useCostReport';

export function useEventsEdgeLabels(): EdgeLabeller | null {
  const on = useCostView((s) => s.edgeLabels);
  // The report (same object across moves), not the design: a drag does not relabel every edge.
  const report = useCostReport();
  const lang = useLang();
  return useMemo(() => {
    if (!on) return null;
    const flows = reportIndex(report).connections;
    return (connectionId, base) => {
      const flow = flows.get(connectionId);
      if (!flow) return base;
      const transfer = flow.monthlyUsd > 0 ? ` · ${formatUsdCompact(flow.monthlyUsd, lang)}` : '';
      const events = `${formatPerMonth(flow.eventsPerMonth, lang)}${transfer}`;
      return base === undefined ? events : `${base} · ${events}`;
    };
  }, [on, report, lang]);
}
