import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { useDesignStoreApi, useUiStoreApi } from '../AppContext';
import { emptySelection } from '../model/selection';

/** Selects a node or connection and centers the canvas on it (keeping the current zoom, at least 1). */
export function useFocusItem(): (target: { nodeId?: string; connectionId?: string }) => void {
  const flow = useReactFlow();
  const ui = useUiStoreApi();
  const store = useDesignStoreApi();
  return useCallback(
    ({ nodeId, connectionId }) => {
      const centerOf = (id: string): { x: number; y: number } | null => {
        const node = flow.getInternalNode(id);
        if (!node) return null;
        const { x, y } = node.internals.positionAbsolute;
        return { x: x + (node.measured.width ?? 0) / 2, y: y + (node.measured.height ?? 0) / 2 };
      };
      const zoom = Math.max(flow.getZoom(), 1);
      if (nodeId !== undefined) {
        ui.getState().setSelection({ ...emptySelection, nodes: [nodeId] });
        const center = centerOf(nodeId);
        if (center) void flow.setCenter(center.x, center.y, { zoom, duration: 250 });
        return;
      }
      if (connectionId === undefined) return;
      const connection = store.getState().design.connections.find((c) => c.id === connectionId);
      if (!connection) return;
      ui.getState().setSelection({ ...emptySelection, connections: [connectionId] });
      const a = centerOf(connection.source);
      const b = centerOf(connection.target);
      if (a && b) void flow.setCenter((a.x + b.x) / 2, (a.y + b.y) / 2, { zoom, duration: 250 });
    },
    [flow, store, ui],
  );
}
