import { useDesign, useDesignStoreApi, useT } from '../AppContext';
import { FieldInput } from './FieldInput';
import { designNameField, regionField } from './syntheticFields';

/** Shown when nothing is selected: the design's name and region. */
export function DesignInspector() {
  const name = useDesign((s) => s.design.name);
  const region = useDesign((s) => s.design.region);
  const store = useDesignStoreApi();
  const t = useT();
  const edit = (patch: { name?: string; region?: string }): void => {
    const state = store.getState();
    state.commit({ ...state.design, ...patch });
  };
  return (
    <div className="inspector" data-testid="design-inspector">
      <FieldInput
        name="designName"
        field={designNameField}
        value={name}
        onCommit={(v) => edit({ name: String(v) })}
      />
      <FieldInput
        name="region"
        field={regionField}
        value={region}
        onCommit={(v) => edit({ region: String(v) })}
      />
      <p className="muted">{t('inspector.empty')}</p>
    </div>
  );
}
