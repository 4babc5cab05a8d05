import { registerNodeStatus } from '../canvas/nodeBadges';
import { registerPanel } from '../shell/panels';
import { NodeStatus } from './NodeStatus';
import { problemMessages } from './problemMessages';
import { ProblemsPanel, useProblemCount } from './ProblemsPanel';

/** Registers the Problems tab (order 30) with its count badge, and the node status markers. */
export function registerProblemsPanel(): void {
  registerNodeStatus(NodeStatus);
  registerPanel({
    id: 'problems',
    label: problemMessages.tab,
    order: 30,
    component: ProblemsPanel,
    useBadge: useProblemCount,
  });
}
