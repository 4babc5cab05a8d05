/**
 * View state of the scenario surfaces (not in undo history): whether the comparison view is
 * open and on which tab, compare-on-diagram mode, the chosen baseline and the scenarios on
 * the curve. One store per UI store, so each app (and each test) gets a fresh one.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useUiStoreApi } from '../AppContext';
import type { UiStore } from '../store/uiStore';

export const compareTabs = ['compare', 'curve', 'projection', 'sensitivity'] as const;
export type CompareTab = (typeof compareTabs)[number];

export interface ScenarioViewState {
  readonly compareOpen: boolean;
  readonly compareTab: CompareTab;
  /** Compare-on-diagram: node badges and connections show deltas against the baseline. */
  readonly diagramCompare: boolean;
  /** Baseline scenario id; null = the first scenario. */
  readonly baselineId: string | null;
  /** Scenarios drawn on the cost-versus-traffic curve; null = the active one. */
  readonly curveScenarioIds: readonly string[] | null;
  openCompare(tab?: CompareTab): void;
  closeCompare(): void;
  setCompareTab(tab: CompareTab): void;
  setDiagramCompare(on: boolean): void;
  setBaseline(id: string | null): void;
  setCurveScenarios(ids: readonly string[] | null): void;
}

export type ScenarioViewStore = StoreApi<ScenarioViewState>;

export function createScenarioViewStore(): ScenarioViewStore {
  return createStore<ScenarioViewState>()((set) => ({
    compareOpen: false,
    compareTab: 'compare',
    diagramCompare: false,
    baselineId: null,
    curveScenarioIds: null,
    openCompare: (tab) => set((s) => ({ compareOpen: true, compareTab: tab ?? s.compareTab })),
    closeCompare: () => set({ compareOpen: false }),
    setCompareTab: (compareTab) => set({ compareTab }),
    setDiagramCompare: (diagramCompare) => set({ diagramCompare }),
    setBaseline: (baselineId) => set({ baselineId }),
    setCurveScenarios: (curveScenarioIds) => set({ curveScenarioIds }),
  }));
}

const stores = new WeakMap<UiStore, ScenarioViewStore>();

/** The scenario view store that belongs to an app's UI store (created on first use). */
export function scenarioViewStoreFor(ui: UiStore): ScenarioViewStore {
  let store = stores.get(ui);
  if (!store) {
    store = createScenarioViewStore();
    stores.set(ui, store);
  }
  return store;
}

export function useScenarioViewApi(): ScenarioViewStore {
  return scenarioViewStoreFor(useUiStoreApi());
}

export function useScenarioView<T>(selector: (state: ScenarioViewState) => T): T {
  return useStore(useScenarioViewApi(), selector);
}
