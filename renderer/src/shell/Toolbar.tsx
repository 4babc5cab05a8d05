import { useDesign, useHistory, useLang, useServices, useUi } from '../AppContext';
import { formatShortcut } from '../commands/shortcuts';
import { isDirty } from '../store/uiStore';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** Toolbar groups by command id; other panels' commands can be added as new groups. */
export const toolbarGroups: readonly (readonly string[])[] = [
  ['file.new', 'file.open', 'file.save'],
  ['edit.undo', 'edit.redo', 'edit.delete'],
  ['view.zoomOut', 'view.zoomIn', 'view.fit', 'view.autoLayout'],
  ['file.importCloudFormation', 'export.menu'],
  ['scenario.compare'],
];

function ToolbarButton({ id }: { id: string }) {
  const { commands, context } = useServices();
  const lang = useLang();
  // Re-render when what `enabled` reads changes.
  useHistory((s) => s.pastStates.length);
  useHistory((s) => s.futureStates.length);
  useUi((s) => s.selection);
  useUi((s) => s.clipboard);
  const command = commands.get(id);
  if (!command) return null;
  const shortcut = command.shortcuts?.[0];
  const title = shortcut
    ? `${command.label[lang]} (${formatShortcut(shortcut, isMac)})`
    : command.label[lang];
  return (
    <button
      type="button"
      className="toolbar__button"
      title={title}
      aria-label={command.label[lang]}
      disabled={!commands.isEnabled(id, context)}
      onClick={() => void commands.run(id, context)}
      data-testid={`cmd-${id}`}
    >
      {/* Commands with a glyph show it alone (the label is the tooltip); the others show text. */}
      {command.glyph ? (
        <span className="toolbar__glyph" aria-hidden="true">
          {command.glyph}
        </span>
      ) : (
        <span className="toolbar__text">{command.label[lang]}</span>
      )}
    </button>
  );
}

export function Toolbar() {
  const { context } = useServices();
  const lang = useLang();
  const design = useDesign((s) => s.design);
  const name = design.name;
  const savedDesign = useUi((s) => s.savedDesign);
  const dirty = isDirty(design, savedDesign);
  return (
    <header className="toolbar" data-testid="toolbar">
      <div className="toolbar__brand">
        <span className="toolbar__logo" aria-hidden="true">
          ☁
        </span>
        <span>Nuage</span>
      </div>
      {toolbarGroups.map((group) => (
        <div key={group.join()} className="toolbar__group">
          {group.map((id) => (
            <ToolbarButton key={id} id={id} />
          ))}
        </div>
      ))}
      <div className="toolbar__title" data-testid="document-title">
        {dirty ? (
          <span className="toolbar__dirty" title="•" data-testid="dirty-mark">
            •
          </span>
        ) : null}
        {name}
      </div>
      <div className="toolbar__group toolbar__group--end">
        <select
          className="toolbar__lang"
          value={lang}
          aria-label="Language / Langue"
          onChange={(e) => context.ui.getState().setLang(e.target.value === 'fr' ? 'fr' : 'en')}
          data-testid="language-select"
        >
          <option value="en">English</option>
          <option value="fr">Français</option>
        </select>
      </div>
    </header>
  );
}
