import { NodeResizer, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useDesign, useDesignStoreApi, useT } from '../AppContext';
import { groupById } from '../store/designIndex';
import { AwsIcon } from './AwsIcon';
import type { FlowNode } from './projection';

const groupIcons = {
  vpc: 'architecture-group/VirtualprivatecloudVPC.svg',
  availabilityZone: 'architecture-group/Region.svg',
  subnet: 'architecture-group/Privatesubnet.svg',
} as const;

/** A VPC / AZ / subnet container; resizable when selected (one history entry per resize). */
function GroupNodeViewInner({ data, selected }: NodeProps<FlowNode>) {
  const group = useDesign((s) => groupById(s.design, data.id));
  const store = useDesignStoreApi();
  const t = useT();
  if (!group) return null;
  const isPublic = group.kind === 'subnet' && group.config['public'] === true;
  const icon = isPublic ? 'architecture-group/Publicsubnet.svg' : groupIcons[group.kind];
  const cidr = typeof group.config['cidr'] === 'string' ? group.config['cidr'] : '';
  return (
    <div
      className={`group-node group-node--${group.kind}${isPublic ? ' group-node--public' : ''}${selected ? ' group-node--selected' : ''}`}
      data-testid={`group-${group.id}`}
    >
      <NodeResizer
        isVisible={selected}
        minWidth={160}
        minHeight={100}
        lineClassName="group-node__resize-line"
        handleClassName="group-node__resize-handle"
        onResizeStart={() => store.getState().beginGesture()}
        onResizeEnd={() => store.getState().endGesture()}
      />
      <div className="group-node__header" title={t('inspector.group')}>
        <AwsIcon icon={icon} category="networking" size={20} title={group.kind} />
        <span className="group-node__label">{group.label}</span>
        {cidr !== '' ? <span className="group-node__cidr">{cidr}</span> : null}
      </div>
    </div>
  );
}

export const GroupNodeView = memo(GroupNodeViewInner);
