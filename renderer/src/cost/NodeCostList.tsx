import { memo, useCallback, useMemo } from 'react';
import type { CostReport, NodeCost } from '../../../shared/pricing';
import type { Lang } from '../../../shared/service/types';
import { useLang, useUiStoreApi } from '../AppContext';
import { emptySelection } from '../model/selection';
import { costMessages } from './costMessages';
import { CostLineView } from './CostLineView';
import { useCostView, costView } from './costViewStore';
import { formatUsd } from './format';
import { useMessages } from './messages';

interface RowProps {
  readonly node: NodeCost;
  readonly open: boolean;
  readonly lang: Lang;
  readonly onToggle: (nodeId: string) => void;
}

/** One node's row; re-rendered only when what it shows changed (1000-node designs). */
const NodeCostRow = memo(
  function NodeCostRow({ node, open, lang, onToggle }: RowProps) {
    const t = useMessages(costMessages);
    const missing = node.lines.filter((l) => l.missingPrice).length;
    return (
      <li className="cost-node" data-testid={`cost-node-${node.id}`}>
        <button
          type="button"
          className="cost-node__summary"
          aria-expanded={open}
          onClick={() => onToggle(node.id)}
          data-testid={`cost-node-toggle-${node.id}`}
        >
          <span className="cost-node__chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          <span className="cost-node__label">{node.label || node.id}</span>
          {missing > 0 ? (
            <span className="cost-node__missing" title={t('missingTitle')}>
              ⚠ {missing}
            </span>
          ) : null}
          <span className="cost-node__amount" data-testid={`cost-node-amount-${node.id}`}>
            {missing > 0 && node.monthlyUsd === 0 ? '—' : formatUsd(node.monthlyUsd, lang)}
          </span>
        </button>
        {open ? (
          node.lines.length === 0 ? (
            <p className="muted cost-node__empty">{t('noLines')}</p>
          ) : (
            <ul className="cost-lines">
              {node.lines.map((line, index) => (
                <CostLineView key={`${line.meter}:${index}`} line={line} lang={lang} />
              ))}
            </ul>
          )
        ) : null}
      </li>
    );
  },
  (a, b) =>
    a.open === b.open &&
    a.lang === b.lang &&
    a.onToggle === b.onToggle &&
    (a.node === b.node ||
      (!b.open &&
        a.node.id === b.node.id &&
        a.node.label === b.node.label &&
        a.node.monthlyUsd === b.node.monthlyUsd &&
        a.node.lines.filter((l) => l.missingPrice).length ===
          b.node.lines.filter((l) => l.missingPrice).length)),
);

/** Every node with its monthly cost, most expensive first; a click expands its lines. */
export function NodeCostList({ report }: { readonly report: CostReport }) {
  const lang = useLang();
  const expanded = useCostView((s) => s.expanded);
  const ui = useUiStoreApi();
  const nodes = useMemo(
    () => [...report.nodes].sort((a, b) => b.monthlyUsd - a.monthlyUsd || a.label.localeCompare(b.label)),
    [report],
  );
  const onToggle = useCallback(
    (nodeId: string) => {
      costView.getState().toggleExpanded(nodeId);
      ui.getState().setSelection({ ...emptySelection, nodes: [nodeId] });
    },
    [ui],
  );
  return (
    <ul className="cost-nodes" data-testid="cost-nodes">
      {nodes.map((node) => (
        <NodeCostRow
          key={node.id}
          node={node}
          open={expanded[node.id] === true}
          lang={lang}
          onToggle={onToggle}
        />
      ))}
    </ul>
  );
}
