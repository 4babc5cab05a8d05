/** Registers the cost surfaces: the Cost tab, the node cost badge and the connection labels. */
import { registerEdgeLabels } from '../canvas/edgeLabels';
import { registerNodeBadge } from '../canvas/nodeBadges';
import { registerPanel } from '../shell/panels';
import { CostBadge } from './CostBadge';
import { CostPanel } from './CostPanel';
import { costMessages } from './costMessages';
import { useEventsEdgeLabels } from './edgeLabels';

export function registerCostSurfaces(): void {
  registerPanel({ id: 'cost', label: costMessages.tab, order: 20, component: CostPanel });
  registerNodeBadge(CostBadge);
  registerEdgeLabels(useEventsEdgeLabels);
}
