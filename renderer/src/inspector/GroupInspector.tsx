import { useCatalog, useDesign, useDesignStoreApi, useLang, useT } from '../AppContext';
import { updateGroup } from '../model/edits';
import { FieldInput } from './FieldInput';
import { cidrField, labelField } from './syntheticFields';

const serviceOfKind = { vpc: 'vpc', availabilityZone: 'availabilityZone', subnet: 'subnet' } as const;

/** Label and settings (CIDR...) of a VPC / subnet group. */
export function GroupInspector({ groupId }: { groupId: string }) {
  const group = useDesign((s) => s.design.groups.find((g) => g.id === groupId));
  const store = useDesignStoreApi();
  const catalog = useCatalog();
  const lang = useLang();
  const t = useT();
  if (!group) return null;
  const service = catalog[serviceOfKind[group.kind]];
  const fields = service ? Object.entries(service.config) : [['cidr', cidrField] as const];
  const edit = (patch: Parameters<typeof updateGroup>[2]): void => {
    const state = store.getState();
    state.commit(updateGroup(state.design, groupId, patch));
  };
  return (
    <div className="inspector" data-testid="group-inspector" key={groupId}>
      <header className="inspector__header">
        <div>
          <div className="inspector__title">{service?.name[lang] ?? t('inspector.group')}</div>
          <div className="inspector__subtitle">
            {t('inspector.id')}: {group.id}
          </div>
        </div>
      </header>
      <FieldInput
        name="label"
        field={labelField}
        value={group.label}
        onCommit={(v) => edit({ label: String(v) })}
      />
      <h3 className="inspector__section">{t('inspector.configuration')}</h3>
      {fields.map(([key, field]) => (
        <FieldInput
          key={key}
          name={`config-${key}`}
          field={field}
          value={group.config[key] ?? field.default}
          onCommit={(value) => edit({ config: { ...group.config, [key]: value } })}
        />
      ))}
    </div>
  );
}
