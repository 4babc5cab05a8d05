import { useState } from 'react';
import type { ConfigValue, Scenario } from '../../../shared/model';
import { useCatalog, useDesign, useLang } from '../AppContext';
import { FieldInput } from '../inspector/FieldInput';
import { useScenarioT } from './strings';

type Overrides = Scenario['overrides'];

interface OverridesEditorProps {
  readonly scenario: Scenario;
  onChange(overrides: Overrides): void;
}

function setConfig(
  overrides: Overrides,
  nodeId: string,
  field: string,
  value: ConfigValue | null,
): Overrides {
  const current = overrides[nodeId] ?? { config: {}, usage: {} };
  const config = { ...current.config };
  if (value === null) delete config[field];
  else config[field] = value;
  const next = { ...overrides };
  if (Object.keys(config).length === 0 && Object.keys(current.usage).length === 0) delete next[nodeId];
  else next[nodeId] = { ...current, config };
  return next;
}

/**
 * Per-node overrides of a scenario: pick a service on the diagram, one of its catalog
 * settings (endpoint instance type, Lambda memory, DynamoDB mode...) and the value to use.
 */
export function OverridesEditor({ scenario, onChange }: OverridesEditorProps) {
  const t = useScenarioT();
  const lang = useLang();
  const catalog = useCatalog();
  const nodes = useDesign((s) => s.design.nodes);
  const [pick, setPick] = useState<{ nodeId: string; field: string }>({ nodeId: '', field: '' });
  const rows = Object.entries(scenario.overrides).flatMap(([nodeId, o]) =>
    Object.entries(o.config).map(([field, value]) => ({ nodeId, field, value })),
  );
  const pickedNode = nodes.find((n) => n.id === pick.nodeId);
  const pickedFields = pickedNode ? Object.entries(catalog[pickedNode.service]?.config ?? {}) : [];

  const fieldOf = (nodeId: string, field: string) => {
    const node = nodes.find((n) => n.id === nodeId);
    return node ? catalog[node.service]?.config[field] : undefined;
  };

  return (
    <fieldset className="scn-fieldset" data-testid="overrides">
      <legend>{t('edit.overrides')}</legend>
      {rows.length === 0 ? <p className="muted">{t('edit.noOverride')}</p> : null}
      {rows.map(({ nodeId, field, value }) => {
        const definition = fieldOf(nodeId, field);
        const node = nodes.find((n) => n.id === nodeId);
        return (
          <div
            className="scn-override"
            key={`${nodeId}.${field}`}
            data-testid={`override-${nodeId}-${field}`}
          >
            <div className="scn-override__name">
              {node?.label ?? nodeId} · {definition?.label[lang] ?? field}
            </div>
            <div className="scn-override__value">
              {definition ? (
                <FieldInput
                  name={`override-${nodeId}-${field}`}
                  field={definition}
                  value={value}
                  onCommit={(v) => onChange(setConfig(scenario.overrides, nodeId, field, v))}
                />
              ) : (
                <span>{String(value)}</span>
              )}
              <button
                type="button"
                className="scn-icon scn-icon--danger"
                aria-label={t('edit.remove')}
                title={t('edit.remove')}
                onClick={() => onChange(setConfig(scenario.overrides, nodeId, field, null))}
                data-testid={`override-remove-${nodeId}-${field}`}
              >
                ×
              </button>
            </div>
          </div>
        );
      })}
      <div className="scn-override-add">
        <select
          className="scn-input"
          aria-label={t('edit.node')}
          value={pick.nodeId}
          onChange={(e) => setPick({ nodeId: e.target.value, field: '' })}
          data-testid="override-node"
        >
          <option value="">{t('edit.node')}…</option>
          {nodes
            .filter((n) => Object.keys(catalog[n.service]?.config ?? {}).length > 0)
            .map((n) => (
              <option key={n.id} value={n.id}>
                {n.label}
              </option>
            ))}
        </select>
        <select
          className="scn-input"
          aria-label={t('edit.field')}
          value={pick.field}
          disabled={!pickedNode}
          onChange={(e) => setPick({ ...pick, field: e.target.value })}
          data-testid="override-field"
        >
          <option value="">{t('edit.field')}…</option>
          {pickedFields.map(([key, f]) => (
            <option key={key} value={key}>
              {f.label[lang]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="scn-button"
          disabled={!pickedNode || pick.field === ''}
          onClick={() => {
            if (!pickedNode) return;
            const definition = catalog[pickedNode.service]?.config[pick.field];
            const current = pickedNode.config[pick.field] ?? definition?.default;
            if (current === undefined) return;
            onChange(setConfig(scenario.overrides, pickedNode.id, pick.field, current));
            setPick({ nodeId: '', field: '' });
          }}
          data-testid="override-add"
        >
          + {t('edit.addOverride')}
        </button>
      </div>
    </fieldset>
  );
}
