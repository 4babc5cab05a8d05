import { useCatalog, useDesign, useLang } from '../AppContext';
import type { DesignState } from '../store/designStore';
import { costReportFor } from './costReport';
import { formatUsd, formatUsdCompact } from './format';
import { reportIndex } from './reportIndex';

/**
 * The node's monthly cost in the corner of its canvas card; '?' when a line has no price.
 * It selects only its own figures (primitives), so an edit re-renders the badges whose cost
 * changed, not all of them.
 */
export function CostBadge({ nodeId }: { readonly nodeId: string }) {
  const catalog = useCatalog();
  const lang = useLang();
  const indexOf = (s: DesignState) => reportIndex(costReportFor(s.design, catalog));
  const monthlyUsd = useDesign((s) => indexOf(s).nodes.get(nodeId)?.monthlyUsd);
  const missing = useDesign((s) => indexOf(s).missingNodes.has(nodeId));
  if (monthlyUsd === undefined) return null;
  const title = `${formatUsd(monthlyUsd, lang)}${lang === 'fr' ? ' par mois' : ' per month'}${
    missing ? (lang === 'fr' ? ' (prix manquants)' : ' (missing prices)') : ''
  }`;
  return (
    <span
      className={`cost-badge${missing ? ' cost-badge--missing' : ''}`}
      title={title}
      data-testid={`cost-badge-${nodeId}`}
      data-usd={monthlyUsd}
    >
      {missing && monthlyUsd === 0 ? (lang === 'fr' ? '? $' : '$ ?') : formatUsdCompact(monthlyUsd, lang)}
      {missing && monthlyUsd > 0 ? <span aria-hidden="true">+ ?</span> : null}
    </span>
  );
}
