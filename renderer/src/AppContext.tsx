/** Provides the stores, catalog, platform and command registry to every component. */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Catalog, Lang } from '../../shared/service/types';
import type { CommandContext, CommandRegistry } from './commands';
import { translate, type MessageKey } from './i18n/dictionary';
import type { DesignState, DesignStore, HistoryState } from './store/designStore';
import type { UiState, UiStore } from './store/uiStore';

export interface AppServices {
  readonly commands: CommandRegistry;
  /** The context every command runs with (stores, catalog, platform, view controls). */
  readonly context: CommandContext;
}

const ServicesContext = createContext<AppServices | null>(null);

export function AppProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside AppProvider');
  return services;
}

export function useCatalog(): Catalog {
  return useServices().context.catalog;
}

export function useDesignStoreApi(): DesignStore {
  return useServices().context.design;
}

export function useUiStoreApi(): UiStore {
  return useServices().context.ui;
}

/** Reads the document store through a narrow selector. */
export function useDesign<T>(selector: (state: DesignState) => T): T {
  return useStore(useServices().context.design, selector);
}

export function useHistory<T>(selector: (state: HistoryState) => T): T {
  return useStore(useServices().context.design.temporal, selector);
}

/** Reads the UI store through a narrow selector. */
export function useUi<T>(selector: (state: UiState) => T): T {
  return useStore(useServices().context.ui, selector);
}

const selectLang = (s: UiState): Lang => s.lang;

export function useLang(): Lang {
  return useUi(selectLang);
}

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

/** The translation function for the current language. */
export function useT(): Translate {
  const lang = useLang();
  return useMemo<Translate>(() => (key, params) => translate(lang, key, params), [lang]);
}
