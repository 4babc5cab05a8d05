/** Text-table pieces every CLI report uses: dollar amounts and aligned columns. */

/** Dollars with cents, the sign first: usd(1234.5) // '$1,234.50', usd(-2) // '-$2.00'. */
export const usd = (n: number): string =>
  `${n < 0 ? '-' : ''}$${Math.abs(n).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/**
 * Columns two spaces apart, each as wide as its widest cell among `rows` (header included);
 * `right(c)` pads column c at the start (numbers). Rendered rows lose trailing spaces.
 *
 * @example
 * const t = columns([['Region', 'USD'], ['us-east-1', '$1.00']], (c) => c === 1);
 * t.render(['us-east-1', '$1.00']) // 'us-east-1  $1.00'; t.rule // '---------  -----'
 */
export function columns(
  rows: readonly (readonly string[])[],
  right: (column: number) => boolean,
): { readonly render: (row: readonly string[]) => string; readonly rule: string } {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return {
    render: (row) =>
      row
        .map((cell, c) => (right(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
        .join('  ')
        .trimEnd(),
    rule: widths.map((w) => '-'.repeat(w)).join('  '),
  };
}
