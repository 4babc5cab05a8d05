/**
 * Right-sidebar panel registry. The Inspector registers itself here; Cost, Problems and
 * Scenarios panels add themselves the same way (see panels/index.ts), sorted by `order`.
 */
import type { ComponentType } from 'react';
import type { Localized } from '../../../shared/service/types';

export interface PanelDefinition {
  /** Tab id, also stored as the UI store's `sidebarTab`. */
  readonly id: string;
  readonly label: Localized;
  readonly order: number;
  readonly component: ComponentType;
  /** Optional small count shown on the tab (e.g. number of problems). */
  readonly useBadge?: () => string | number | null;
}

const panels = new Map<string, PanelDefinition>();

export function registerPanel(panel: PanelDefinition): () => void {
  panels.set(panel.id, panel);
  return () => {
    if (panels.get(panel.id) === panel) panels.delete(panel.id);
  };
}

export function registeredPanels(): readonly PanelDefinition[] {
  return [...panels.values()].sort((a, b) => a.order - b.order);
}
