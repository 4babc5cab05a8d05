import './scenarios.css';
import { useDesign, useServices } from '../AppContext';
import { activeScenarioId } from './scenarioCommands';
import { ScenarioEditor } from './ScenarioEditor';
import { ScenarioList } from './ScenarioList';
import { useScenarioView } from './scenarioViewStore';
import { useScenarioT, type ScenarioMessage } from './strings';

function CommandButton({ id, label }: { readonly id: string; readonly label: ScenarioMessage }) {
  const { commands, context } = useServices();
  const t = useScenarioT();
  // Re-render on design changes so enabled states follow.
  useDesign((s) => s.design);
  return (
    <button
      type="button"
      className="scn-button"
      disabled={!commands.isEnabled(id, context)}
      onClick={() => void commands.run(id, context)}
      data-testid={`scenarios-${id}`}
    >
      {t(label)}
    </button>
  );
}

/** The Scenarios sidebar tab: the list, the active scenario's settings, compare entry points. */
export function ScenariosPanel() {
  const t = useScenarioT();
  const scenario = useDesign((s) => s.design.scenarios.find((x) => x.id === activeScenarioId(s.design)));
  const count = useDesign((s) => s.design.scenarios.length);
  const diagramCompare = useScenarioView((s) => s.diagramCompare);
  const { commands, context } = useServices();
  return (
    <div className="scn-panel" data-testid="scenarios-panel">
      <div className="scn-toolbar">
        <CommandButton id="scenario.new" label="panel.new" />
        <CommandButton id="scenario.duplicate" label="panel.duplicate" />
        <CommandButton id="scenario.compare" label="panel.compare" />
      </div>
      {count === 0 ? <p className="muted">{t('panel.empty')}</p> : <ScenarioList />}
      {count > 1 ? (
        <label className="scn-check">
          <input
            type="checkbox"
            checked={diagramCompare}
            onChange={() => void commands.run('scenario.toggleDiagramCompare', context)}
            data-testid="diagram-compare-toggle"
          />
          <span>{t('panel.compareOnDiagram')}</span>
        </label>
      ) : null}
      {scenario ? <ScenarioEditor key={scenario.id} scenario={scenario} /> : null}
    </div>
  );
}
