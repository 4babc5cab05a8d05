import type { Design } from '../../../shared/model';
import { useCatalog, useDesign, useDesignStoreApi, useServices } from '../AppContext';
import { costMessages } from './costMessages';
import { useMessages } from './messages';
import { NumberField } from './NumberField';
import { activeScenario, entryNodes, setEntryLoad, setGrowth, type LoadPatch } from './scenarioEdits';

/**
 * The active scenario's load at each entry point (events per month, peak per second, payload,
 * low/high range) and its monthly growth. Each committed field is one undoable edit.
 */
export function LoadEditor() {
  const design = useDesign((s) => s.design);
  const store = useDesignStoreApi();
  const catalog = useCatalog();
  const t = useMessages(costMessages);
  const { commands, context } = useServices();
  const scenario = activeScenario(design);
  if (!scenario)
    return (
      <div className="load-editor">
        <p className="muted">{t('needScenario')}</p>
        {commands.get('scenario.new') ? (
          <button
            type="button"
            className="button"
            onClick={() => void commands.run('scenario.new', context)}
            data-testid="cost-add-scenario"
          >
            {t('addScenario')}
          </button>
        ) : null}
      </div>
    );
  const entries = entryNodes(design, catalog);
  const apply = (edit: (d: Design) => Design): void => {
    const current = store.getState().design;
    const next = edit(current);
    if (next !== current) store.getState().commit(next);
  };
  const invalid = t('invalidNumber');
  return (
    <div className="load-editor" data-testid="load-editor">
      <NumberField
        id="load-growth"
        label={t('growth')}
        value={scenario.growthPerMonth}
        scale={100}
        allowNegative
        invalidMessage={invalid}
        onCommit={(v) => apply((d) => setGrowth(d, v ?? 0))}
      />
      {entries.length === 0 ? <p className="muted">{t('noEntry')}</p> : null}
      {entries.map((node) => {
        const load = scenario.loads.find((l) => l.nodeId === node.id);
        const patch = (p: LoadPatch): void => apply((d) => setEntryLoad(d, node.id, p));
        const prefix = `load-${node.id}`;
        return (
          <fieldset key={node.id} className="load-editor__entry" data-testid={prefix}>
            <legend>{node.label || node.id}</legend>
            <div className="load-editor__grid">
              <NumberField
                id={`${prefix}-eventsPerMonth`}
                label={t('eventsPerMonth')}
                value={load?.eventsPerMonth ?? 0}
                invalidMessage={invalid}
                onCommit={(v) => patch({ eventsPerMonth: v ?? 0 })}
              />
              <NumberField
                id={`${prefix}-peakPerSecond`}
                label={t('peakPerSecond')}
                value={load?.peakPerSecond}
                optional
                placeholder={t('peakHint')}
                invalidMessage={invalid}
                onCommit={(v) => patch({ peakPerSecond: v })}
              />
              <NumberField
                id={`${prefix}-payloadBytes`}
                label={t('payloadBytes')}
                value={load?.payloadBytes ?? 1024}
                invalidMessage={invalid}
                onCommit={(v) => patch({ payloadBytes: v === undefined || v <= 0 ? 1024 : v })}
              />
              <NumberField
                id={`${prefix}-low`}
                label={t('low')}
                value={load?.range?.low}
                optional
                invalidMessage={invalid}
                onCommit={(v) => patch({ range: rangeWith(load?.range, 'low', v) })}
              />
              <NumberField
                id={`${prefix}-high`}
                label={t('high')}
                value={load?.range?.high}
                optional
                invalidMessage={invalid}
                onCommit={(v) => patch({ range: rangeWith(load?.range, 'high', v) })}
              />
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}

type Range = { low?: number; high?: number };

function rangeWith(
  range: Range | undefined,
  key: 'low' | 'high',
  value: number | undefined,
): Range | undefined {
  const next: Range = { ...range };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next.low === undefined && next.high === undefined ? undefined : next;
}
