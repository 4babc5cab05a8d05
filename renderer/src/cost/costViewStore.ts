/** View preferences of the cost surfaces (not part of the document or its history). */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

export interface CostViewState {
  /** Connections show their events per month. */
  readonly edgeLabels: boolean;
  readonly chart: 'service' | 'category';
  /** Node ids whose cost lines are expanded. */
  readonly expanded: Readonly<Record<string, boolean>>;
  setEdgeLabels(on: boolean): void;
  setChart(chart: CostViewState['chart']): void;
  toggleExpanded(nodeId: string): void;
}

export const costView = createStore<CostViewState>()((set) => ({
  edgeLabels: false,
  chart: 'service',
  expanded: {},
  setEdgeLabels: (edgeLabels) => set({ edgeLabels }),
  setChart: (chart) => set({ chart }),
  toggleExpanded: (nodeId) => set((s) => ({ expanded: { ...s.expanded, [nodeId]: !s.expanded[nodeId] } })),
}));

export function useCostView<T>(selector: (state: CostViewState) => T): T {
  return useStore(costView, selector);
}
