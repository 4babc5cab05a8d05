/** Registers the sidebar panels. Add Cost (order 20), Problems (30), Scenarios (40) here. */
import { registerCostSurfaces } from '../cost/registerCost';
import { registerProblemsPanel } from '../problems/registerProblems';
import { InspectorPanel } from '../inspector/InspectorPanel';
import { registerScenarioSurfaces } from '../scenarios/registerScenarios';
import { registerPanel } from '../shell/panels';

export function registerBuiltInPanels(): void {
  registerPanel({
    id: 'inspector',
    label: { en: 'Inspector', fr: 'Inspecteur' },
    order: 10,
    component: InspectorPanel,
  });
  registerCostSurfaces();
  registerProblemsPanel();
  registerScenarioSurfaces();
}
