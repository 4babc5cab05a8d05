/** Wording helpers for scenario advice, in English or French. */
import type { Design } from '../model/design';
import type { NodeCost } from '../pricing/types';
import type { Catalog, Lang } from '../service/types';

const locale = (lang: Lang): string => (lang === 'fr' ? 'fr-FR' : 'en-US');

/**
 * A share as a whole percentage, with a space before % as both languages' style guides on
 * the page do ("61 %").
 *
 * @example
 * formatShare(0.6123, 'en') // '61 %'
 */
export function formatShare(share: number, lang: Lang): string {
  return `${Math.round(share * 100).toLocaleString(locale(lang))} %`;
}

/**
 * USD for display in sentences.
 *
 * @example
 * formatUsd(1234.5, 'en') // '$1,234.50'
 * formatUsd(1234.5, 'fr') // '1 234,50 $US'
 */
export function formatUsd(usd: number, lang: Lang): string {
  return usd.toLocaleString(locale(lang), { style: 'currency', currency: 'USD' });
}

/**
 * A node named the way an architect says it: its label, the instance type (any enum field
 * whose options carry facts) and the sized count, e.g. "Endpoint (ml.m5.xlarge × 2)".
 *
 * @example
 * nodeDescription(report.nodes[0], design, catalog, 'normal') // 'Fraud model (ml.m5.xlarge × 2)'
 */
export function nodeDescription(
  node: NodeCost,
  design: Design,
  catalog: Catalog,
  scenarioId: string | null,
): string {
  const model = design.nodes.find((n) => n.id === node.id);
  const service = catalog[node.service];
  const over = design.scenarios.find((s) => s.id === scenarioId)?.overrides[node.id];
  const kinds: string[] = [];
  if (service && model) {
    for (const [key, field] of Object.entries(service.config)) {
      if (field.type !== 'enum' || !field.options.some((o) => o.facts !== undefined)) continue;
      const value = over?.config[key] ?? model.config[key] ?? field.default;
      if (typeof value === 'string') kinds.push(value);
    }
  }
  const sized = Object.entries(node.sizing)[0];
  if (kinds.length > 0) {
    const count = sized !== undefined && sized[1] > 1 ? ` × ${sized[1]}` : '';
    return `${node.label} (${kinds.join(', ')}${count})`;
  }
  if (sized !== undefined) return `${node.label} (${sized[1]} ${sized[0]})`;
  return node.label;
}
