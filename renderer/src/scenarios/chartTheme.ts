/**
 * Chart colours for light and dark (prefers-color-scheme). Charts take explicit colours,
 * not CSS variables, so an exported PNG looks like the chart on screen.
 */
import { useSyncExternalStore } from 'react';
import { categoryNames } from '../../../shared/service/types';

export interface ChartTheme {
  readonly dark: boolean;
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly cheaper: string;
  readonly dearer: string;
  /** Distinct series colours (categories, scenarios). */
  readonly series: readonly string[];
  readonly event: Readonly<Record<'freeTierExhausted' | 'tierCrossed' | 'capacityStep' | 'warning', string>>;
}

const light: ChartTheme = {
  dark: false,
  background: '#ffffff',
  text: '#1f2933',
  muted: '#66717f',
  grid: '#e3e7ec',
  cheaper: '#1a7f37',
  dearer: '#c0262d',
  series: [
    '#2563eb',
    '#e8590c',
    '#0f9d58',
    '#9c36b5',
    '#d6336c',
    '#0b7285',
    '#f59f00',
    '#5c7cfa',
    '#868e96',
    '#2b8a3e',
    '#a61e4d',
    '#1864ab',
  ],
  event: {
    freeTierExhausted: '#2f9e44',
    tierCrossed: '#1098ad',
    capacityStep: '#ae3ec9',
    warning: '#c0262d',
  },
};

const dark: ChartTheme = {
  dark: true,
  background: '#1d2127',
  text: '#e6e9ee',
  muted: '#a1a9b5',
  grid: '#363c45',
  cheaper: '#4cc38a',
  dearer: '#ff6b6b',
  series: [
    '#74a7ff',
    '#ff922b',
    '#51cf66',
    '#cc5de8',
    '#f783ac',
    '#3bc9db',
    '#ffd43b',
    '#91a7ff',
    '#ced4da',
    '#8ce99a',
    '#faa2c1',
    '#74c0fc',
  ],
  event: {
    freeTierExhausted: '#69db7c',
    tierCrossed: '#66d9e8',
    capacityStep: '#e599f7',
    warning: '#ff6b6b',
  },
};

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(callback: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', callback);
  return () => media.removeEventListener('change', callback);
}

const isDark = (): boolean => window.matchMedia(QUERY).matches;

/** The chart theme for the current colour scheme (follows changes live). */
export function useChartTheme(): ChartTheme {
  return useSyncExternalStore(subscribe, isDark) ? dark : light;
}

export function seriesColor(theme: ChartTheme, index: number): string {
  return theme.series[index % theme.series.length] ?? theme.text;
}

const categoryOrder = Object.keys(categoryNames);

/** A category's colour, the same in every chart (by the category's place in the catalog's list). */
export function categoryColor(theme: ChartTheme, category: string): string {
  const index = categoryOrder.indexOf(category);
  return seriesColor(theme, index < 0 ? categoryOrder.length : index);
}
