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

/**
 * A component around the badge that may show something else in its place (compare mode
 * shows the node's delta against a baseline scenario); it receives the badge as children.
 */
export type NodeBadgeWrapper = ComponentType<{ readonly nodeId: string; readonly children: ReactNode }>;

let wrapper: NodeBadgeWrapper | null = null;

/** Sets the badge wrapper; returns a function that removes it. */
export function registerNodeBadgeWrapper(component: NodeBadgeWrapper): () => void {
  wrapper = component;
  return () => {
    if (wrapper === component) wrapper = null;
  };
}

/** The registered badge for a node (inside the wrapper, if any), or nothing. */
export function renderNodeBadge(nodeId: string): ReactNode {
  const inner = badge === null ? null : createElement(badge, { nodeId });
  return wrapper === null ? inner : createElement(wrapper, { nodeId, children: inner });
}

/**
 * Slot for a status marker at the top-left corner of each service node (the Problems panel
 * registers one that shows the node's worst error or warning). One at a time.
 */
let status: NodeBadgeComponent | null = null;

/** Sets the node status component; returns a function that removes it. */
export function registerNodeStatus(component: NodeBadgeComponent): () => void {
  status = component;
  return () => {
    if (status === component) status = null;
  };
}

/** The registered status marker for a node, or nothing. */
export function renderNodeStatus(nodeId: string): ReactNode {
  return status === null ? null : createElement(status, { nodeId });
}
