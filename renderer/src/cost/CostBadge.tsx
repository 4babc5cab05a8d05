import { useLang } from '../AppContext';
import { formatUsd, formatUsdCompact } from './format';
import { reportIndex } from './reportIndex';
import { useCostReport } from './useCostReport';

/** The node's monthly cost in the corner of its canvas card; '?' when a line has no price. */
export function CostBadge({ nodeId }: { readonly nodeId: string }) {
  const report = useCostReport();
  const lang = useLang();
  const cost = reportIndex(report).nodes.get(nodeId);
  if (!cost) return null;
  const missing = cost.lines.some((l) => l.missingPrice);
  const title = `${formatUsd(cost.monthlyUsd, lang)}${lang === 'fr' ? ' par mois' : ' per month'}${
    missing ? (lang === 'fr' ? ' (prix manquants)' : ' (missing prices)') : ''
  }`;
  return (
    <span
      className={`cost-badge${missing ? ' cost-badge--missing' : ''}`}
      title={title}
      data-testid={`cost-badge-${nodeId}`}
      data-usd={cost.monthlyUsd}
    >
      {missing && cost.monthlyUsd === 0
        ? lang === 'fr'
          ? '? $'
          : '$ ?'
        : formatUsdCompact(cost.monthlyUsd, lang)}
      {missing && cost.monthlyUsd > 0 ? <span aria-hidden="true">+ ?</span> : null}
    </span>
  );
}
