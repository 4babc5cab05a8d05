/**
 * Slots that other features fill on each service node, so that the canvas does not depend on
 * them: a badge in the top-right corner (the cost panel registers the node's monthly cost), a
 * wrapper around that badge (compare mode shows a delta instead), and a status marker in the
 * top-left corner (the Problems panel registers the node's worst error or warning). One
 * component per slot at a time; register before render.
 */
import { createElement, type ComponentType, type ReactNode } from 'react';

export type NodeBadgeComponent = ComponentType<{ readonly nodeId: string }>;

/**
 * A component around the badge that may show something else in its place (compare mode
 * shows the node's delta against a baseline scenario); it receives the badge as children.
 */
export type NodeBadgeWrapper = ComponentType<{ readonly nodeId: string; readonly children: ReactNode }>;

/** One registrable component: `register` returns a function that removes it again. */
function slot<C>(): { register: (component: C) => () => void; get: () => C | null } {
  let current: C | null = null;
  return {
    register(component) {
      current = component;
      return () => {
        if (current === component) current = null;
      };
    },
    get: () => current,
  };
}

const badge = slot<NodeBadgeComponent>();
const wrapper = slot<NodeBadgeWrapper>();
const status = slot<NodeBadgeComponent>();

/** Sets the node badge component; returns a function that removes it. */
export const registerNodeBadge = badge.register;
/** Sets the badge wrapper; returns a function that removes it. */
export const registerNodeBadgeWrapper = wrapper.register;
/** Sets the node status marker component; returns a function that removes it. */
export const registerNodeStatus = status.register;

/** The registered badge for a node (inside the wrapper, if any), or nothing. */
export function renderNodeBadge(nodeId: string): ReactNode {
  const b = badge.get();
  const w = wrapper.get();
  const inner = b === null ? null : createElement(b, { nodeId });
  return w === null ? inner : createElement(w, { nodeId, children: inner });
}

/** The registered status marker for a node, or nothing. */
export function renderNodeStatus(nodeId: string): ReactNode {
  const s = status.get();
  return s === null ? null : createElement(s, { nodeId });
}
