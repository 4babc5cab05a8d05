/** Registers the scenario surfaces: the Scenarios tab and the compare-mode badge and labels. */
import { registerEdgeLabelOverride } from '../canvas/edgeLabels';
import { registerNodeBadgeWrapper } from '../canvas/nodeBadges';
import { registerPanel } from '../shell/panels';
import { CompareNodeBadge, useCompareEdgeLabels } from './diagramCompare';
import { ScenariosPanel } from './ScenariosPanel';
import { scenarioStrings } from './strings';

export function registerScenarioSurfaces(): void {
  registerPanel({
    id: 'scenarios',
    label: scenarioStrings['panel.title'],
    order: 40,
    component: ScenariosPanel,
  });
  registerNodeBadgeWrapper(CompareNodeBadge);
  registerEdgeLabelOverride(useCompareEdgeLabels);
}
