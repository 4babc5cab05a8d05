import type { NumberField, UsageInputDefinition } from '../../../shared/service/types';
import { useCatalog, useDesign, useDesignStoreApi, useLang, useT } from '../AppContext';
import { AwsIcon } from '../canvas/AwsIcon';
import { updateNode } from '../model/edits';
import { FieldInput } from './FieldInput';
import { labelField } from './syntheticFields';

const usageField = (input: UsageInputDefinition): NumberField => ({
  type: 'number',
  default: input.default,
  min: 0,
  unit: input.unit,
  label: input.label,
  ...(input.help ? { help: input.help } : {}),
});

/** Label, generated config form and usage inputs of one service node. */
export function NodeInspector({ nodeId }: { nodeId: string }) {
  const node = useDesign((s) => s.design.nodes.find((n) => n.id === nodeId));
  const store = useDesignStoreApi();
  const catalog = useCatalog();
  const lang = useLang();
  const t = useT();
  if (!node) return null;
  const service = catalog[node.service];
  const edit = (patch: Parameters<typeof updateNode>[2]): void => {
    const state = store.getState();
    state.commit(updateNode(state.design, nodeId, patch));
  };
  const configEntries = service ? Object.entries(service.config) : [];
  const usageEntries = service?.usageInputs ? Object.entries(service.usageInputs) : [];
  return (
    <div className="inspector" data-testid="node-inspector" key={nodeId}>
      <header className="inspector__header">
        <AwsIcon icon={service?.icon} category={service?.category} size={32} title={service?.name[lang]} />
        <div>
          <div className="inspector__title">{service?.name[lang] ?? node.service}</div>
          <div className="inspector__subtitle" data-testid="inspector-node-id">
            {t('inspector.id')}: {node.id}
          </div>
        </div>
      </header>
      {service ? null : (
        <p className="inspector__warning">{t('inspector.unknownService', { service: node.service })}</p>
      )}
      <FieldInput
        name="label"
        field={labelField}
        value={node.label}
        onCommit={(v) => edit({ label: String(v) })}
      />
      {service ? <p className="inspector__description">{service.description[lang]}</p> : null}
      {service?.retired ? (
        <p className="inspector__warning" data-testid="inspector-retired">
          {t('palette.retiredHint', { date: service.retired.on, instead: service.retired.instead[lang] })}
        </p>
      ) : null}
      <h3 className="inspector__section">{t('inspector.configuration')}</h3>
      {configEntries.length === 0 ? <p className="muted">{t('inspector.noConfig')}</p> : null}
      {configEntries.map(([key, field]) => (
        <FieldInput
          key={key}
          name={`config-${key}`}
          field={field}
          value={node.config[key] ?? field.default}
          onCommit={(value) => edit({ config: { ...node.config, [key]: value } })}
        />
      ))}
      {usageEntries.length > 0 ? <h3 className="inspector__section">{t('inspector.usage')}</h3> : null}
      {usageEntries.map(([key, input]) => (
        <FieldInput
          key={key}
          name={`usage-${key}`}
          field={usageField(input)}
          value={node.usage[key] ?? input.default}
          onCommit={(value) => typeof value === 'number' && edit({ usage: { ...node.usage, [key]: value } })}
        />
      ))}
    </div>
  );
}
