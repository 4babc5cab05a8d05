import type { EntryLoad, Scenario } from '../../../shared/model';
import { useDesign } from '../AppContext';
import { NumberInput } from './NumberInput';
import { useScenarioT } from './strings';

interface LoadsEditorProps {
  readonly scenario: Scenario;
  onChange(loads: EntryLoad[]): void;
}

function withRange(load: EntryLoad, part: 'low' | 'high', value: number | null): EntryLoad {
  const range = { ...load.range };
  if (value === null) delete range[part];
  else range[part] = value;
  const { range: _old, ...rest } = load;
  return range.low === undefined && range.high === undefined ? rest : { ...rest, range };
}

/** A new monthly volume; an explicit peak rate keeps its ratio to the average. */
function withEvents(load: EntryLoad, eventsPerMonth: number): EntryLoad {
  if (load.peakPerSecond === undefined || load.eventsPerMonth <= 0) return { ...load, eventsPerMonth };
  const peakPerSecond = Number(((load.peakPerSecond * eventsPerMonth) / load.eventsPerMonth).toPrecision(6));
  return { ...load, eventsPerMonth, peakPerSecond };
}

/** Entry loads of a scenario: entry point, expected events per month, low and high. */
export function LoadsEditor({ scenario, onChange }: LoadsEditorProps) {
  const t = useScenarioT();
  const nodes = useDesign((s) => s.design.nodes);
  const loads = scenario.loads;
  const set = (index: number, load: EntryLoad): void =>
    onChange(loads.map((l, i) => (i === index ? load : l)));
  const unused = nodes.find((n) => !loads.some((l) => l.nodeId === n.id));

  return (
    <fieldset className="scn-fieldset">
      <legend>{t('edit.loads')}</legend>
      {loads.map((load, index) => (
        <div className="scn-load" key={`${load.nodeId}-${index}`} data-testid={`load-row-${index}`}>
          <div className="scn-load__entry">
            <select
              className="scn-input"
              value={load.nodeId}
              aria-label={t('edit.entry')}
              onChange={(e) => set(index, { ...load, nodeId: e.target.value })}
              data-testid={`load-node-${index}`}
            >
              {nodes.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="scn-icon scn-icon--danger"
              title={t('edit.remove')}
              aria-label={t('edit.remove')}
              onClick={() => onChange(loads.filter((_, i) => i !== index))}
              data-testid={`load-remove-${index}`}
            >
              ×
            </button>
          </div>
          <div className="scn-load__figures">
            <label>
              <span>{t('edit.low')}</span>
              <NumberInput
                value={load.range?.low}
                optional
                min={0}
                label={t('edit.low')}
                testId={`load-low-${index}`}
                onCommit={(v) => set(index, withRange(load, 'low', v))}
              />
            </label>
            <label>
              <span>{t('edit.expected')}</span>
              <NumberInput
                value={load.eventsPerMonth}
                min={0}
                label={t('edit.expected')}
                testId={`load-events-${index}`}
                onCommit={(v) => v !== null && set(index, withEvents(load, v))}
              />
            </label>
            <label>
              <span>{t('edit.high')}</span>
              <NumberInput
                value={load.range?.high}
                optional
                min={0}
                label={t('edit.high')}
                testId={`load-high-${index}`}
                onCommit={(v) => set(index, withRange(load, 'high', v))}
              />
            </label>
          </div>
        </div>
      ))}
      {unused ? (
        <button
          type="button"
          className="scn-button"
          onClick={() =>
            onChange([...loads, { nodeId: unused.id, eventsPerMonth: 1_000_000, payloadBytes: 1024 }])
          }
          data-testid="load-add"
        >
          + {t('edit.addLoad')}
        </button>
      ) : null}
    </fieldset>
  );
}
