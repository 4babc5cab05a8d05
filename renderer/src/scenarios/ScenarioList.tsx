import { useState, type DragEvent } from 'react';
import type { Design } from '../../../shared/model';
import { deleteScenario, moveScenario, renameScenario, setActiveScenario } from '../../../shared/scenarios';
import { useDesign, useDesignStoreApi } from '../AppContext';
import { activeScenarioId } from './scenarioCommands';
import { useScenarioT } from './strings';

const DRAG_TYPE = 'application/x-nuage-scenario';

/** The scenarios of the design: pick the active one, rename inline, reorder, delete. */
export function ScenarioList() {
  const t = useScenarioT();
  const store = useDesignStoreApi();
  const scenarios = useDesign((s) => s.design.scenarios);
  const activeId = useDesign((s) => activeScenarioId(s.design));
  const [renaming, setRenaming] = useState<{ id: string; text: string } | null>(null);
  const [dropIndex, setDropIndex] = useState<number | null>(null);

  const apply = (edit: (design: Design) => Design): void => {
    const state = store.getState();
    const next = edit(state.design);
    if (next !== state.design) state.commit(next);
  };
  const finishRename = (): void => {
    if (renaming) apply((d) => renameScenario(d, renaming.id, renaming.text));
    setRenaming(null);
  };
  const onDrop = (event: DragEvent, index: number): void => {
    const id = event.dataTransfer.getData(DRAG_TYPE);
    setDropIndex(null);
    if (id === '') return;
    event.preventDefault();
    const from = scenarios.findIndex((s) => s.id === id);
    apply((d) => moveScenario(d, id, from < index ? index - 1 : index));
  };

  return (
    <ol className="scn-list" data-testid="scenario-list">
      {scenarios.map((s, index) => {
        const active = s.id === activeId;
        return (
          <li
            key={s.id}
            className={`scn-list__item${active ? ' scn-list__item--active' : ''}${dropIndex === index ? ' scn-list__item--drop' : ''}`}
            data-testid={`scenario-item-${s.id}`}
            draggable={renaming?.id !== s.id}
            onDragStart={(e) => {
              e.dataTransfer.setData(DRAG_TYPE, s.id);
              e.dataTransfer.effectAllowed = 'move';
            }}
            onDragOver={(e) => {
              if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
              e.preventDefault();
              setDropIndex(index);
            }}
            onDragLeave={() => setDropIndex(null)}
            onDrop={(e) => onDrop(e, index)}
          >
            <input
              type="radio"
              name="active-scenario"
              checked={active}
              aria-label={`${t('panel.active')}: ${s.name}`}
              onChange={() => apply((d) => setActiveScenario(d, s.id))}
              data-testid={`scenario-activate-${s.id}`}
            />
            {renaming?.id === s.id ? (
              <input
                className="scn-input scn-list__rename"
                autoFocus
                value={renaming.text}
                aria-label={t('panel.rename')}
                onChange={(e) => setRenaming({ id: s.id, text: e.target.value })}
                onBlur={finishRename}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') finishRename();
                  if (e.key === 'Escape') setRenaming(null);
                }}
                data-testid={`scenario-rename-input-${s.id}`}
              />
            ) : (
              <button
                type="button"
                className="scn-list__name"
                title={t('panel.rename')}
                onClick={() => apply((d) => setActiveScenario(d, s.id))}
                onDoubleClick={() => setRenaming({ id: s.id, text: s.name })}
                data-testid={`scenario-name-${s.id}`}
              >
                {s.name}
              </button>
            )}
            <span className="scn-list__actions">
              <button
                type="button"
                className="scn-icon"
                title={t('panel.rename')}
                aria-label={`${t('panel.rename')} ${s.name}`}
                onClick={() => setRenaming({ id: s.id, text: s.name })}
                data-testid={`scenario-rename-${s.id}`}
              >
                ✎
              </button>
              <button
                type="button"
                className="scn-icon"
                title={t('panel.moveUp')}
                aria-label={`${t('panel.moveUp')} ${s.name}`}
                disabled={index === 0}
                onClick={() => apply((d) => moveScenario(d, s.id, index - 1))}
                data-testid={`scenario-up-${s.id}`}
              >
                ↑
              </button>
              <button
                type="button"
                className="scn-icon"
                title={t('panel.moveDown')}
                aria-label={`${t('panel.moveDown')} ${s.name}`}
                disabled={index === scenarios.length - 1}
                onClick={() => apply((d) => moveScenario(d, s.id, index + 1))}
                data-testid={`scenario-down-${s.id}`}
              >
                ↓
              </button>
              <button
                type="button"
                className="scn-icon scn-icon--danger"
                title={t('panel.delete')}
                aria-label={`${t('panel.delete')} ${s.name}`}
                disabled={scenarios.length < 2}
                onClick={() => apply((d) => deleteScenario(d, s.id))}
                data-testid={`scenario-delete-${s.id}`}
              >
                ×
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
