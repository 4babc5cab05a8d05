/**
 * A problem shown in the problems list; clicking it focuses the node or connection.
 *
 * `message` is English and always set (the CLI and logs print it). A problem whose `code`
 * has a French template in `./messages.ts` also carries `params`, the values that template
 * needs; `problemText(problem, 'fr')` renders it only when displayed, so the engine never
 * builds French text it will not show.
 *
 * @example
 * const p: Problem = {
 *   severity: 'error',
 *   code: 'cycle',
 *   message: 'Connections form a cycle through a → b → a',
 *   params: { path: 'a → b → a' },
 *   nodeId: 'a',
 * };
 * problemText(p, 'fr'); // 'Les connexions forment un cycle : a → b → a'
 */
export interface Problem {
  readonly severity: 'error' | 'warning' | 'info';
  /** Stable code, e.g. 'cycle', 'missing_price', 'lambda_concurrency', 'connection_not_allowed'. */
  readonly code: string;
  readonly message: string;
  /** Values for the code's French template (see `problemText`); absent: `message` is shown. */
  readonly params?: ProblemParams;
  readonly nodeId?: string;
  readonly connectionId?: string;
}

/** Template values: numbers are formatted for the reader's language when rendered. */
export type ProblemParams = Readonly<Record<string, string | number>>;

/**
 * The problems in order, each (code, item, message) once: a cycle, say, is both a validation
 * and a cost-report problem.
 *
 * @example
 * uniqueProblems([...check(design, catalog), ...report.problems])
 */
export function uniqueProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code}|${p.nodeId ?? ''}|${p.connectionId ?? ''}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
