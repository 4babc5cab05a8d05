import { registerPanel } from '../shell/panels';
import { problemMessages } from './problemMessages';
import { ProblemsPanel, useProblemCount } from './ProblemsPanel';

/** Registers the Problems tab (order 30) with its count badge. */
export function registerProblemsPanel(): void {
  registerPanel({
    id: 'problems',
    label: problemMessages.tab,
    order: 30,
    component: ProblemsPanel,
    useBadge: useProblemCount,
  });
}
