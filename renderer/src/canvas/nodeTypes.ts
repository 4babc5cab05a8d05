import type { NodeTypes } from '@xyflow/react';
import { GroupNodeView } from './GroupNodeView';
import { GROUP_NODE_TYPE, SERVICE_NODE_TYPE } from './projection';
import { ServiceNodeView } from './ServiceNodeView';

/** Defined once at module level so React Flow never remounts nodes. */
export const nodeTypes: NodeTypes = {
  [SERVICE_NODE_TYPE]: ServiceNodeView,
  [GROUP_NODE_TYPE]: GroupNodeView,
};
