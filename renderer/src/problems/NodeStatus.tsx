import type { Problem } from '../../../shared/validation/problem';
import { problemText } from '../../../shared/validation/messages';
import { useCatalog, useDesign, useLang } from '../AppContext';
import { problemsFor } from '../cost/costReport';
import { SeverityIcon } from './SeverityIcon';

interface NodeProblems {
  readonly severity: 'error' | 'warning';
  readonly texts: readonly Problem[];
}

const byList = new WeakMap<readonly Problem[], ReadonlyMap<string, NodeProblems>>();

/** Each node's errors and warnings (notes and missing prices left out), worst first; built once per problem list. */
function nodeProblems(problems: readonly Problem[]): ReadonlyMap<string, NodeProblems> {
  let index = byList.get(problems);
  if (!index) {
    const map = new Map<string, { severity: 'error' | 'warning'; texts: Problem[] }>();
    // The list is sorted errors first, so a node's first problem gives its severity.
    for (const p of problems) {
      // A line without a price already shows on the node's cost badge ('$ ?').
      if (p.nodeId === undefined || p.severity === 'info' || p.code === 'missing_price') continue;
      const entry = map.get(p.nodeId);
      if (entry) entry.texts.push(p);
      else map.set(p.nodeId, { severity: p.severity, texts: [p] });
    }
    byList.set(problems, (index = map));
  }
  return index;
}

/**
 * The marker at a node's top-left corner when it has errors or warnings: a red or amber disc
 * whose tooltip lists them, and an outline on the card. It selects only its own node's
 * entry, so an edit re-renders the markers that changed.
 */
export function NodeStatus({ nodeId }: { readonly nodeId: string }) {
  const catalog = useCatalog();
  const lang = useLang();
  const entry = useDesign((s) => nodeProblems(problemsFor(s.design, catalog)).get(nodeId));
  if (!entry) return null;
  const text = entry.texts.map((p) => problemText(p, lang)).join('\n');
  return (
    <>
      <span className={`node-status__outline node-status__outline--${entry.severity}`} aria-hidden="true" />
      <span
        className="node-status"
        role="img"
        aria-label={text}
        title={text}
        data-testid={`node-status-${nodeId}`}
        data-severity={entry.severity}
      >
        <SeverityIcon severity={entry.severity} />
      </span>
    </>
  );
}
