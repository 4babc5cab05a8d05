import { describe, expect, it } from 'vitest';
import { catalog, priceBooks, templates } from '../../../catalog';
import { estimate, estimateDesign } from '../../../shared/pricing';
import { estimateInOrder } from '../../../shared/pricing/estimate';
import { simulate } from '../../../shared/simulation';
import { simulateInOrder } from '../../../shared/simulation/simulate';
import { designBuilder } from '../../support/designBuilder';
import { asJson } from './asJson';
import { generateDesign } from '../../bench/generateDesign';

// The fast path (design-order arrays handed from simulation to pricing) must give the very
// report the id-keyed path gives.
describe('design-order fast path', () => {
  const designs = [templates[0]!.design, generateDesign(95, catalog)];

  it('simulateInOrder returns the same simulation as simulate, with arrays in design order', () => {
    for (const design of designs) {
      const { sim, order } = simulateInOrder(design, catalog);
      expect(sim).toEqual(simulate(design, catalog));
      expect(order).not.toBeNull();
      design.nodes.forEach((node, i) => expect(order!.usages[i]).toBe(sim.nodes[node.id]));
      design.connections.forEach((conn, c) => expect(order!.flows[c]).toBe(sim.connections[conn.id]));
    }
  });

  it('estimateDesign (arrays) equals estimate over the id-keyed simulation, in every scenario', () => {
    for (const design of designs)
      for (const scenario of design.scenarios) {
        const options = { scenarioId: scenario.id, purchaseOption: 'commit1y' as const, loadFactor: 40 };
        const sim = simulate(design, catalog, options);
        const byId = estimate(sim, design, catalog, priceBooks[sim.region]!, options);
        expect(asJson(estimateDesign(design, catalog, priceBooks, options))).toEqual(asJson(byId));
      }
  });

  it('arrays of another design are ignored, and repeated ids give no arrays', () => {
    const design = designs[1]!;
    const { sim, order } = simulateInOrder(design, catalog);
    const other = { ...design, nodes: design.nodes.slice(1) };
    const fromOther = estimateInOrder(sim, order, other, catalog, priceBooks['us-east-1']!);
    expect(asJson(fromOther)).toEqual(asJson(estimate(sim, other, catalog, priceBooks['us-east-1']!)));
    const repeated = designBuilder('Repeated')
      .node('A', 'lambda')
      .node('B', 'lambda')
      .connect('A', 'B', 'invoke')
      .load('A', 1e6)
      .build();
    const twice = { ...repeated, nodes: [...repeated.nodes, { ...repeated.nodes[1]!, label: 'B again' }] };
    expect(simulateInOrder(twice, catalog).order).toBeNull();
  });
});
