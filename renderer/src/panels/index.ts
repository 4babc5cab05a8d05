/** Registers the sidebar panels. Add Cost (order 20), Problems (30), Scenarios (40) here. */
import { registerCostSurfaces } from '../cost/registerCost';
import { InspectorPanel } from '../inspector/InspectorPanel';
import { ScenariosPanel } from '../scenarios/ScenariosPanel';
import { registerPanel } from '../shell/panels';

export function registerBuiltInPanels(): void {
  registerPanel({
    id: 'inspector',
    label: { en: 'Inspector', fr: 'Inspecteur' },
    order: 10,
    component: InspectorPanel,
  });
  registerPanel({
    id: 'scenarios',
    label: { en: 'Scenarios', fr: 'Scénarios' },
    order: 40,
    component: ScenariosPanel,
  });
  registerCostSurfaces();
}
