/** Chart helpers shared by the cost panel and the scenario views. */
export { BarBreakdown, type BarBreakdownProps, type BarDatum } from './BarBreakdown';
export { categoryColors, colorAt, seriesColors } from './palette';
