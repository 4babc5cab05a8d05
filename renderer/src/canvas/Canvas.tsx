import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection as FlowConnection,
  type EdgeChange,
  type FinalConnectionState,
  type IsValidConnection,
  type NodeChange,
  type OnNodeDrag,
  type ReactFlowInstance,
  type Viewport,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type MouseEvent } from 'react';
import { canConnect } from '../../../shared/validation/connections';
import type { CommandContext } from '../commands';
import { useCatalog, useDesign, useServices, useT, useUi } from '../AppContext';
import { translate } from '../i18n/dictionary';
import { addConnection, addGroup, addServiceNode, groupAt } from '../model/edits';
import { emptySelection } from '../model/selection';
import { applyEdgeChanges, regroupAfterDrag } from './applyFlowChanges';
import { connectionRefusal } from './connectionRefusal';
import { ContextMenu, type ContextMenuState } from './ContextMenu';
import { mergeDragPositions, noDragPositions, withDragPositions, type DragPositions } from './dragOverlay';
import { dispatchNodeChanges } from './nodeChanges';
import { labelEdges, useEdgeLabeller } from './edgeLabels';
import { nodeTypes } from './nodeTypes';
import {
  ProjectionCache,
  SERVICE_NODE_SIZE,
  toFlowEdges,
  toFlowNodes,
  type FlowEdge,
  type FlowNode,
} from './projection';

/** MIME type of a palette drag: the payload is the catalog service id. */
export const SERVICE_DRAG_TYPE = 'application/x-nuage-service';

const fitViewOptions = { padding: 0.04, maxZoom: 1.2 } as const;
const minimapStyle = { width: 168, height: 112 } as const;
const multiSelectKeys = ['Meta', 'Control', 'Shift'];
const panButtons = [1, 2];
const defaultEdgeOptions = { type: 'default' } as const;
/** Above this many items the canvas mounts only the nodes and edges inside the view. */
const VISIBLE_ONLY_THRESHOLD = 300;

function hasContent(context: CommandContext): boolean {
  const { design } = context.design.getState();
  return design.nodes.length + design.groups.length > 0;
}

export function Canvas() {
  const { context } = useServices();
  const catalog = useCatalog();
  const t = useT();
  const lang = useUi((s) => s.lang);
  const design = useDesign((s) => s.design);
  const selection = useUi((s) => s.selection);
  const epoch = useUi((s) => s.documentEpoch);
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const [measured, setMeasured] = useState<ReadonlyMap<string, { width: number; height: number }>>(new Map());
  const [menu, setMenu] = useState<ContextMenuState | null>(null);
  const draggedIds = useRef<string[]>([]);
  const [dragPositions, setDragPositions] = useState<DragPositions>(noDragPositions);

  // Previous projection, so unchanged items keep their object identity (see reuseUnchanged).
  const [previous] = useState(() => new ProjectionCache());
  const projected = useMemo(
    () => previous.nodes(toFlowNodes(design, selection, measured)),
    [previous, design, selection, measured],
  );
  const nodes = useMemo(() => withDragPositions(projected, dragPositions), [projected, dragPositions]);
  const labeller = useEdgeLabeller();
  const edges = useMemo(
    () => previous.edges(labelEdges(toFlowEdges(design, selection, lang), labeller)),
    [previous, design, selection, lang, labeller],
  );

  useEffect(
    () =>
      context.view.attach({
        zoomIn: () => void flow.zoomIn({ duration: 150 }),
        zoomOut: () => void flow.zoomOut({ duration: 150 }),
        fitView: () => {
          if (hasContent(context)) void flow.fitView({ ...fitViewOptions, duration: 200 });
        },
      }),
    [context, flow],
  );

  useEffect(() => {
    // fitView on an empty canvas would stay queued and jump the view at the first drop.
    if (epoch === 0 || !hasContent(context)) return undefined;
    const frame = requestAnimationFrame(() => void flow.fitView(fitViewOptions));
    return () => cancelAnimationFrame(frame);
  }, [context, epoch, flow]);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) =>
      dispatchNodeChanges(
        {
          design: context.design,
          ui: context.ui,
          onDragMoves: (moves) => setDragPositions((positions) => mergeDragPositions(positions, moves)),
          onMeasured: (sizes) =>
            setMeasured((previous) => {
              let changed = false;
              const next = new Map(previous);
              for (const [id, size] of sizes) {
                const old = previous.get(id);
                if (!old || old.width !== size.width || old.height !== size.height) {
                  next.set(id, size);
                  changed = true;
                }
              }
              return changed ? next : previous;
            }),
        },
        changes,
      ),
    [context],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      const ui = context.ui.getState();
      ui.setSelection(applyEdgeChanges(ui.selection, changes));
    },
    [context],
  );

  const onNodeDragStart = useCallback<OnNodeDrag<FlowNode>>(
    (_event, _node, dragged) => {
      draggedIds.current = dragged.map((n) => n.id);
      context.design.getState().beginGesture();
    },
    [context],
  );

  const onNodeDragStop = useCallback(() => {
    const store = context.design.getState();
    const regrouped = regroupAfterDrag(store.design, draggedIds.current, measured, SERVICE_NODE_SIZE);
    if (regrouped !== store.design) store.preview(regrouped);
    store.endGesture();
    draggedIds.current = [];
    setDragPositions(noDragPositions);
  }, [context, measured]);

  const servicesOf = useCallback(
    (source: string | null, target: string | null) => {
      const nodesById = context.design.getState().design.nodes;
      const s = nodesById.find((n) => n.id === source);
      const tg = nodesById.find((n) => n.id === target);
      return s && tg ? { source: s, target: tg } : null;
    },
    [context],
  );

  const isValidConnection = useCallback<IsValidConnection<FlowEdge>>(
    (connection) => {
      const pair = servicesOf(connection.source, connection.target);
      if (!pair || pair.source.id === pair.target.id) return false;
      return canConnect(catalog, pair.source.service, pair.target.service).ok;
    },
    [catalog, servicesOf],
  );

  const onConnect = useCallback(
    (connection: FlowConnection) => {
      const store = context.design.getState();
      const pair = servicesOf(connection.source, connection.target);
      if (!pair) return;
      const check = canConnect(catalog, pair.source.service, pair.target.service);
      if (!check.ok || check.kinds[0] === undefined) return;
      const ui = context.ui.getState();
      if (store.design.connections.some((c) => c.source === pair.source.id && c.target === pair.target.id)) {
        ui.showToast('error', translate(ui.lang, 'connect.duplicate'), 'connection-error');
        return;
      }
      const added = addConnection(store.design, pair.source.id, pair.target.id, check.kinds[0]);
      store.commit(added.design);
      ui.setSelection({ ...emptySelection, connections: [added.id] });
    },
    [catalog, context, servicesOf],
  );

  const onConnectEnd = useCallback(
    (_event: globalThis.MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid || !state.toNode || !state.fromNode) return;
      const { design: current } = context.design.getState();
      const reason = connectionRefusal(catalog, current, state.fromNode.id, state.toNode.id, lang);
      if (reason !== null) context.ui.getState().showToast('error', reason, 'connection-error');
    },
    [catalog, context, lang],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(SERVICE_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const serviceId = event.dataTransfer.getData(SERVICE_DRAG_TYPE);
      const service = catalog[serviceId];
      if (!service) return;
      event.preventDefault();
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const store = context.design.getState();
      const container = groupAt(store.design, point);
      const ui = context.ui.getState();
      if (service.group) {
        const added = addGroup(store.design, service, point, container);
        store.commit(added.design);
        ui.setSelection({ ...emptySelection, groups: [added.id] });
        return;
      }
      const topLeft = { x: point.x - SERVICE_NODE_SIZE.width / 2, y: point.y - SERVICE_NODE_SIZE.height / 2 };
      const added = addServiceNode(store.design, service, topLeft, container);
      store.commit(added.design);
      ui.setSelection({ ...emptySelection, nodes: [added.id] });
    },
    [catalog, context, flow],
  );

  const openMenu = useCallback(
    (event: MouseEvent, target?: { kind: 'node' | 'group' | 'connection'; id: string }) => {
      event.preventDefault();
      const ui = context.ui.getState();
      if (target) {
        const key = target.kind === 'node' ? 'nodes' : target.kind === 'group' ? 'groups' : 'connections';
        if (!ui.selection[key].includes(target.id))
          ui.setSelection({ ...emptySelection, [key]: [target.id] });
      }
      setMenu({ x: event.clientX, y: event.clientY });
    },
    [context],
  );

  // Every prop given to React Flow keeps its identity across renders: the canvas renders on
  // each drag frame, and a new callback or object would re-render every node and edge.
  const onNodeContextMenu = useCallback(
    (event: MouseEvent, node: FlowNode) =>
      openMenu(event, { kind: node.type === 'service' ? 'node' : 'group', id: node.id }),
    [openMenu],
  );
  const onEdgeContextMenu = useCallback(
    (event: MouseEvent, edge: FlowEdge) => openMenu(event, { kind: 'connection', id: edge.id }),
    [openMenu],
  );
  const onPaneContextMenu = useCallback(
    (event: MouseEvent | globalThis.MouseEvent) => openMenu(event as MouseEvent),
    [openMenu],
  );
  const closeMenu = useCallback(() => setMenu(null), []);
  const onMoveEnd = useCallback(
    (_event: unknown, viewport: Viewport) => context.ui.getState().setViewport(viewport),
    [context],
  );
  const onInit = useCallback(
    (instance: ReactFlowInstance<FlowNode, FlowEdge>) => {
      if (hasContent(context)) void instance.fitView(fitViewOptions);
    },
    [context],
  );

  return (
    <div className="canvas" data-testid="canvas" onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={onNodeDragStart}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        onNodeContextMenu={onNodeContextMenu}
        onEdgeContextMenu={onEdgeContextMenu}
        onPaneContextMenu={onPaneContextMenu}
        onPaneClick={closeMenu}
        onMoveEnd={onMoveEnd}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={multiSelectKeys}
        selectionOnDrag
        panOnDrag={panButtons}
        panOnScroll
        zoomOnPinch
        minZoom={0.2}
        maxZoom={2.5}
        onInit={onInit}
        defaultEdgeOptions={defaultEdgeOptions}
        connectionRadius={28}
        elevateEdgesOnSelect
        onlyRenderVisibleElements={nodes.length > VISIBLE_ONLY_THRESHOLD}
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} color="#c7ccd4" />
        <MiniMap
          pannable
          zoomable
          nodeStrokeWidth={2}
          className="canvas__minimap"
          style={minimapStyle}
          ariaLabel="Minimap"
        />
        <Controls showInteractive={false} position="bottom-left" />
      </ReactFlow>
      {design.nodes.length === 0 && design.groups.length === 0 ? (
        <div className="canvas__empty">{t('canvas.empty')}</div>
      ) : null}
      {menu ? <ContextMenu state={menu} onClose={() => setMenu(null)} /> : null}
    </div>
  );
}
