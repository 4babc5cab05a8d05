import { problemText } from '../../../shared/validation/messages';
import type { Problem } from '../../../shared/validation/problem';
import { useDesign, useLang } from '../AppContext';
import { useProblems } from '../cost/useCostReport';
import { useMessages } from '../cost/messages';
import { problemMessages } from './problemMessages';
import { nodeById } from '../store/designIndex';
import { useFocusItem } from './useFocusItem';
import { SeverityIcon } from './SeverityIcon';
import { isSingular } from '../i18n/dictionary';
import './problems.css';

/**
 * The Problems tab: validation problems and the cost report's (quota warnings, missing prices,
 * cycles), errors first. Clicking one selects and centers its node or connection.
 */
export function ProblemsPanel() {
  const problems = useProblems();
  const t = useMessages(problemMessages);
  const design = useDesign((s) => s.design);
  const lang = useLang();
  const focus = useFocusItem();
  const labelOf = (p: Problem): string | undefined => {
    if (p.nodeId !== undefined) return nodeById(design, p.nodeId)?.label || p.nodeId;
    if (p.connectionId !== undefined) {
      const c = design.connections.find((x) => x.id === p.connectionId);
      return c ? `${c.source} → ${c.target}` : p.connectionId;
    }
    return undefined;
  };
  const count = (severity: Problem['severity']): string => {
    const n = problems.filter((p) => p.severity === severity).length;
    return t(`${severity}s${isSingular(lang, n) ? 'One' : 'Other'}`, { count: n });
  };
  if (problems.length === 0)
    return (
      <div className="problems" data-testid="problems-panel">
        <p className="muted problems__none">✓ {t('none')}</p>
      </div>
    );
  return (
    <div className="problems" data-testid="problems-panel">
      <p className="problems__summary muted">
        {[count('error'), count('warning'), count('info')].join(' · ')}
      </p>
      <ul className="problems__list">
        {problems.map((problem, index) => {
          const target = labelOf(problem);
          const focusable = problem.nodeId !== undefined || problem.connectionId !== undefined;
          return (
            <li key={`${problem.code}:${index}`}>
              <button
                type="button"
                className={`problem problem--${problem.severity}`}
                disabled={!focusable}
                title={focusable ? t('focus') : undefined}
                onClick={() =>
                  focus({
                    ...(problem.nodeId !== undefined ? { nodeId: problem.nodeId } : {}),
                    ...(problem.connectionId !== undefined ? { connectionId: problem.connectionId } : {}),
                  })
                }
                data-testid="problem"
                data-code={problem.code}
                data-severity={problem.severity}
                data-node={problem.nodeId ?? ''}
              >
                <SeverityIcon severity={problem.severity} label={t(problem.severity)} />
                <span className="problem__text">
                  {target !== undefined ? <span className="problem__target">{target}</span> : null}
                  <span className="problem__message">{problemText(problem, lang)}</span>
                  <code className="problem__code">{problem.code}</code>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Tab badge: the number of problems (errors and warnings), or nothing. */
export function useProblemCount(): number | null {
  const problems = useProblems();
  const n = problems.filter((p) => p.severity !== 'info').length;
  return n === 0 ? null : n;
}
