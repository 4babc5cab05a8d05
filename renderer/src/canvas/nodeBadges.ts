/**
 * Slot for a badge in the corner of each service node (the cost panel registers one that
 * shows the node's monthly cost). One badge component at a time; register before render.
 */
import { createElement, type ComponentType, type ReactNode } from 'react';

export type NodeBadgeComponent = ComponentType<{ readonly nodeId: string }>;

let badge: NodeBadgeComponent | null = null;

/** Sets the node badge component; returns a function that removes it. */
export function registerNodeBadge(component: NodeBadgeComponent): () => void {
  badge = component;
  return () => {
    if (badge === component) badge = null;
  };
}

/** The registered badge for a node, or nothing. */
export function renderNodeBadge(nodeId: string): ReactNode {
  return badge === null ? null : createElement(badge, { nodeId });
}
