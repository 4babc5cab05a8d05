/**
 * A horizontal bar chart of amounts by label (cost by service, by category, by scenario).
 * Labels and axis use the panel's text colour so the chart reads in light and dark themes;
 * the numbers are formatted by the caller (the chart never computes them).
 */
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { colorAt } from './palette';
import './chart.css';

export interface BarDatum {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly color?: string;
}

export interface BarBreakdownProps {
  readonly data: readonly BarDatum[];
  readonly format: (value: number) => string;
  readonly testId?: string;
  readonly ariaLabel: string;
  /** Pixels per bar (the chart grows with the number of rows). */
  readonly rowHeight?: number;
}

const tick = { fill: 'currentColor', fontSize: 11 } as const;
const tooltipStyle = {
  background: 'var(--panel, #fff)',
  border: '1px solid var(--border, #dfe3e8)',
  borderRadius: 6,
  color: 'var(--text, #1f2933)',
  fontSize: 12,
} as const;

export function BarBreakdown({ data, format, testId, ariaLabel, rowHeight = 30 }: BarBreakdownProps) {
  const rows = data.map((d, index) => ({ ...d, fill: d.color ?? colorAt(index) }));
  const height = Math.max(60, rows.length * rowHeight + 16);
  return (
    <div className="chart" style={{ height }} data-testid={testId} role="img" aria-label={ariaLabel}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 64, bottom: 4, left: 4 }}>
          <XAxis type="number" hide />
          <YAxis
            type="category"
            dataKey="label"
            width={124}
            tick={tick}
            tickLine={false}
            axisLine={false}
            interval={0}
          />
          <Tooltip
            cursor={{ fill: 'rgba(127, 127, 127, 0.12)' }}
            contentStyle={tooltipStyle}
            formatter={(value) => [format(Number(value)), '']}
            separator=""
          />
          <Bar dataKey="value" isAnimationActive={false} radius={[0, 3, 3, 0]} minPointSize={2}>
            {rows.map((row) => (
              <Cell key={row.key} fill={row.fill} />
            ))}
            <LabelList
              dataKey="value"
              position="right"
              fill="currentColor"
              fontSize={11}
              formatter={(value: unknown) => format(Number(value))}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
