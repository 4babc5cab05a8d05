/** A problem shown in the problems list; clicking it focuses the node or connection. */
export interface Problem {
  readonly severity: 'error' | 'warning' | 'info';
  /** Stable code, e.g. 'cycle', 'missing_price', 'lambda_concurrency', 'connection_not_allowed'. */
  readonly code: string;
  readonly message: string;
  readonly nodeId?: string;
  readonly connectionId?: string;
}
