import type { ConnectionKind } from '../../../shared/model';
import { canConnect } from '../../../shared/validation/connections';
import { useCatalog, useDesign, useDesignStoreApi, useLang, useT } from '../AppContext';
import { kindNames } from '../i18n/kinds';
import { updateConnection } from '../model/edits';
import { FieldInput } from './FieldInput';
import { payloadField, ratioField } from './syntheticFields';

/** Kind (among those the catalog allows), ratio and payload size of one connection. */
export function ConnectionInspector({ connectionId }: { connectionId: string }) {
  const connection = useDesign((s) => s.design.connections.find((c) => c.id === connectionId));
  const source = useDesign((s) => s.design.nodes.find((n) => n.id === connection?.source));
  const target = useDesign((s) => s.design.nodes.find((n) => n.id === connection?.target));
  const store = useDesignStoreApi();
  const catalog = useCatalog();
  const lang = useLang();
  const t = useT();
  if (!connection) return null;
  const check = source && target ? canConnect(catalog, source.service, target.service) : null;
  const kinds: ConnectionKind[] = check?.ok ? [...check.kinds] : [];
  if (!kinds.includes(connection.kind)) kinds.unshift(connection.kind);
  const edit = (patch: Parameters<typeof updateConnection>[2]): void => {
    const state = store.getState();
    state.commit(updateConnection(state.design, connectionId, patch));
  };
  return (
    <div className="inspector" data-testid="connection-inspector" key={connectionId}>
      <header className="inspector__header">
        <div>
          <div className="inspector__title">{t('inspector.connection')}</div>
          <div className="inspector__subtitle">
            {source?.label ?? connection.source} → {target?.label ?? connection.target}
          </div>
        </div>
      </header>
      {check && !check.ok ? <p className="inspector__warning">{check.reason[lang]}</p> : null}
      <FieldInput
        name="kind"
        field={{
          type: 'enum',
          default: connection.kind,
          label: { en: 'Kind', fr: 'Type' },
          options: kinds.map((k) => ({ value: k, label: kindNames[k][lang] })),
        }}
        value={connection.kind}
        onCommit={(v) => edit({ kind: v as ConnectionKind })}
      />
      <FieldInput
        name="ratio"
        field={ratioField}
        value={connection.ratio}
        onCommit={(v) => typeof v === 'number' && edit({ ratio: v })}
      />
      <FieldInput
        name="payloadBytes"
        field={payloadField}
        value={connection.payloadBytes}
        optional
        onClear={() => edit({ payloadBytes: undefined })}
        onCommit={(v) => typeof v === 'number' && edit({ payloadBytes: v })}
      />
    </div>
  );
}
