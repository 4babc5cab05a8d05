import { useT, useUi } from '../AppContext';
import { ConnectionInspector } from './ConnectionInspector';
import { DesignInspector } from './DesignInspector';
import { GroupInspector } from './GroupInspector';
import { NodeInspector } from './NodeInspector';

/** The Inspector tab: edits whatever single item is selected. */
export function InspectorPanel() {
  const selection = useUi((s) => s.selection);
  const t = useT();
  const count = selection.nodes.length + selection.groups.length + selection.connections.length;
  if (count === 0) return <DesignInspector />;
  if (count > 1)
    return (
      <div className="inspector" data-testid="multi-inspector">
        <p className="muted">{t('inspector.multiple', { count })}</p>
      </div>
    );
  if (selection.nodes[0] !== undefined)
    return <NodeInspector key={selection.nodes[0]} nodeId={selection.nodes[0]} />;
  if (selection.groups[0] !== undefined)
    return <GroupInspector key={selection.groups[0]} groupId={selection.groups[0]} />;
  if (selection.connections[0] !== undefined)
    return <ConnectionInspector key={selection.connections[0]} connectionId={selection.connections[0]} />;
  return null;
}
