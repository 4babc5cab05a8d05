import { describe, expect, it } from 'vitest';
import { catalog, priceBooks } from '../../../catalog/index';
import { fraudDetection } from '../../../catalog/templates/fraudDetection';
import type { Design } from '../../../shared/model';
import { estimateDesign } from '../../../shared/pricing';
import { simulate } from '../../../shared/simulation';

// Designs are immutable in the app, but scripts and tests replace a node's parts in place on a
// copy: the per-node-list caches (services, merged settings) must not answer from before.
const gbSeconds = (design: Design, id: string) => simulate(design, catalog).nodes[id]!.quantities;

describe('simulation caches and nodes changed in place', () => {
  it("sees a node's config replaced in place", () => {
    const design = structuredClone(fraudDetection.design);
    const before = gbSeconds(design, 'ScoringFunction')['lambda.x86.gbSeconds']!;
    const node = design.nodes.find((n) => n.id === 'ScoringFunction')!;
    node.config = { ...node.config, memoryMb: 2048 };
    expect(gbSeconds(design, 'ScoringFunction')['lambda.x86.gbSeconds']).toBeCloseTo(before * 2, 6);
  });

  it("sees a node's usage inputs and the node itself replaced in place", () => {
    const design = structuredClone(fraudDetection.design);
    const total = () => estimateDesign(design, catalog, priceBooks).totalMonthlyUsd;
    const first = total();
    const i = design.nodes.findIndex((n) => n.id === 'DataLake');
    const lake = design.nodes[i]!;
    design.nodes[i] = { ...lake, usage: { ...lake.usage, storedGb: (lake.usage['storedGb'] ?? 0) + 1000 } };
    const more = total();
    expect(more).toBeGreaterThan(first);
    design.nodes[i] = lake;
    expect(total()).toBe(first);
  });

  it("sees a node's service changed in place (its settings come from the new service's defaults)", () => {
    const design = structuredClone(fraudDetection.design);
    const node = design.nodes.find((n) => n.id === 'ScoringFunction')!;
    expect(Object.keys(simulate(design, catalog).nodes['ScoringFunction']!.quantities)).toContain(
      'lambda.requests',
    );
    node.service = 's3';
    const quantities = simulate(design, catalog).nodes['ScoringFunction']!.quantities;
    // The bucket's default stored data (100 GB) comes from the S3 entry's usage defaults.
    expect(quantities['s3.standard.storageGbMonths']).toBe(100);
    expect(quantities['lambda.requests']).toBeUndefined();
  });
});
