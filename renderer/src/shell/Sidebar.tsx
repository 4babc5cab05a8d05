import { useLang, useUi, useUiStoreApi } from '../AppContext';
import { registeredPanels, type PanelDefinition } from './panels';

function TabBadge({
  panel,
}: {
  panel: PanelDefinition & { useBadge: NonNullable<PanelDefinition['useBadge']> };
}) {
  const value = panel.useBadge();
  return value === null ? null : <span className="sidebar__badge">{value}</span>;
}

/** Right sidebar: one tab per registered panel. */
export function Sidebar() {
  const lang = useLang();
  const active = useUi((s) => s.sidebarTab);
  const ui = useUiStoreApi();
  const panels = registeredPanels();
  const current = panels.find((p) => p.id === active) ?? panels[0];
  const Content = current?.component;
  return (
    <aside className="sidebar" data-testid="sidebar">
      <div className="sidebar__tabs" role="tablist">
        {panels.map((panel) => (
          <button
            key={panel.id}
            type="button"
            role="tab"
            aria-selected={panel === current}
            className={`sidebar__tab${panel === current ? ' sidebar__tab--active' : ''}`}
            onClick={() => ui.getState().setSidebarTab(panel.id)}
            data-testid={`tab-${panel.id}`}
          >
            {panel.label[lang]}
            {panel.useBadge ? <TabBadge panel={{ ...panel, useBadge: panel.useBadge }} /> : null}
          </button>
        ))}
      </div>
      <div className="sidebar__content" role="tabpanel">
        {Content ? <Content /> : null}
      </div>
    </aside>
  );
}
