/**
 * Chart colours: one hue per AWS category (close to the AWS icon colours), readable on light
 * and dark panels (mid-lightness, the text itself uses the panel's currentColor).
 */
import type { CategoryId } from '../../../shared/service/types';

export const categoryColors: Readonly<Record<CategoryId, string>> = {
  compute: '#ed7100',
  containers: '#d45b07',
  storage: '#3f8624',
  databases: '#4d6bfe',
  networking: '#8c4fff',
  security: '#dd344c',
  analytics: '#6f4bd8',
  ml: '#01a88d',
  devtools: '#5a6b86',
  iot: '#1b9e4b',
  management: '#e7157b',
  integration: '#c7366f',
};

/** A series palette for charts that are not per category (scenarios, services). */
export const seriesColors: readonly string[] = [
  '#2563eb',
  '#ed7100',
  '#01a88d',
  '#dd344c',
  '#8c4fff',
  '#3f8624',
  '#e7157b',
  '#5a6b86',
];

export function colorAt(index: number): string {
  return seriesColors[index % seriesColors.length] ?? '#2563eb';
}
