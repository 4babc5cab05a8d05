import type { CostReport } from '../../../shared/pricing';
import { useLang, useUiStoreApi } from '../AppContext';
import { emptySelection } from '../model/selection';
import { costMessages } from './costMessages';
import { CostLineView } from './CostLineView';
import { useCostView, costView } from './costViewStore';
import { formatUsd } from './format';
import { useMessages } from './messages';

/** Every node with its monthly cost, most expensive first; a click expands its lines. */
export function NodeCostList({ report }: { readonly report: CostReport }) {
  const lang = useLang();
  const t = useMessages(costMessages);
  const expanded = useCostView((s) => s.expanded);
  const ui = useUiStoreApi();
  const nodes = [...report.nodes].sort(
    (a, b) => b.monthlyUsd - a.monthlyUsd || a.label.localeCompare(b.label),
  );
  return (
    <ul className="cost-nodes" data-testid="cost-nodes">
      {nodes.map((node) => {
        const open = expanded[node.id] === true;
        const missing = node.lines.filter((l) => l.missingPrice).length;
        return (
          <li key={node.id} className="cost-node" data-testid={`cost-node-${node.id}`}>
            <button
              type="button"
              className="cost-node__summary"
              aria-expanded={open}
              onClick={() => {
                costView.getState().toggleExpanded(node.id);
                ui.getState().setSelection({ ...emptySelection, nodes: [node.id] });
              }}
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
      })}
    </ul>
  );
}
