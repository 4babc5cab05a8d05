import type { CostReport } from '../../../shared/pricing';
import { useDesign, useLang } from '../AppContext';
import { costMessages } from './costMessages';
import { CostLineView } from './CostLineView';
import { formatQuantity, formatUsd } from './format';
import { useMessages } from './messages';

/** Data transfer priced on connections: GB per month and cost lines (the cost users often miss). */
export function TransferList({ report }: { readonly report: CostReport }) {
  const lang = useLang();
  const t = useMessages(costMessages);
  const connections = useDesign((s) => s.design.connections);
  const priced = report.connections.filter((c) => c.lines.length > 0);
  if (priced.length === 0) return null;
  const name = (id: string): string => {
    const c = connections.find((x) => x.id === id);
    return c ? `${c.source} → ${c.target}` : id;
  };
  return (
    <section className="cost-panel__section" data-testid="cost-transfer">
      <h3 className="cost-panel__heading">{t('transfer')}</h3>
      <ul className="cost-nodes">
        {priced.map((c) => (
          <li key={c.id} className="cost-node" data-testid={`cost-connection-${c.id}`}>
            <div className="cost-node__summary">
              <span className="cost-node__label">{name(c.id)}</span>
              <span className="muted">{formatQuantity(c.gbPerMonth, lang)} GB</span>
              <span className="cost-node__amount">{formatUsd(c.monthlyUsd, lang)}</span>
            </div>
            <ul className="cost-lines">
              {c.lines.map((line, index) => (
                <CostLineView key={`${line.meter}:${index}`} line={line} lang={lang} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
