import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useCatalog, useDesign, useLang } from '../AppContext';
import { AwsIcon } from './AwsIcon';
import { nodeById } from '../store/designIndex';
import { renderNodeBadge, renderNodeStatus } from './nodeBadges';
import type { FlowNode } from './projection';

/** A service on the canvas: AWS icon, label, service name, and an optional badge slot. */
function ServiceNodeViewInner({ data, selected }: NodeProps<FlowNode>) {
  const node = useDesign((s) => nodeById(s.design, data.id));
  const catalog = useCatalog();
  const lang = useLang();
  if (!node) return null;
  const service = catalog[node.service];
  const badge = renderNodeBadge(node.id);
  const serviceName = service?.name[lang] ?? node.service;
  return (
    <div
      className={`service-node${selected ? ' service-node--selected' : ''}${service ? '' : ' service-node--unknown'}`}
      data-testid={`node-${node.id}`}
      title={`${node.label} (${node.id})`}
    >
      <Handle type="target" position={Position.Left} className="service-node__handle" />
      <AwsIcon icon={service?.icon} category={service?.category} size={36} title={serviceName} />
      <div className="service-node__text">
        <div className="service-node__label" data-testid="node-label">
          {node.label}
        </div>
        <div className="service-node__service">{serviceName}</div>
      </div>
      {badge !== null ? <div className="service-node__badge">{badge}</div> : null}
      {renderNodeStatus(node.id)}
      <Handle type="source" position={Position.Right} className="service-node__handle" />
    </div>
  );
}

export const ServiceNodeView = memo(ServiceNodeViewInner);
