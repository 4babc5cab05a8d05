import { useEffect, useRef } from 'react';
import { useLang, useServices } from '../AppContext';
import { formatShortcut } from '../commands/shortcuts';

export interface ContextMenuState {
  readonly x: number;
  readonly y: number;
}

const menuCommands = [
  'edit.cut',
  'edit.copy',
  'edit.paste',
  'edit.delete',
  null,
  'edit.selectAll',
  'view.fit',
];
const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** Right-click menu on the canvas: runs the same commands as the toolbar and keyboard. */
export function ContextMenu({ state, onClose }: { state: ContextMenuState; onClose(): void }) {
  const { commands, context } = useServices();
  const lang = useLang();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const close = (event: globalThis.MouseEvent | KeyboardEvent): void => {
      if (
        event instanceof KeyboardEvent ? event.key === 'Escape' : !ref.current?.contains(event.target as Node)
      )
        onClose();
    };
    window.addEventListener('mousedown', close);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('mousedown', close);
      window.removeEventListener('keydown', close);
    };
  }, [onClose]);
  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      style={{ left: state.x, top: state.y }}
      data-testid="context-menu"
    >
      {menuCommands.map((id, index) => {
        if (id === null) return <div key={`sep${index}`} className="context-menu__separator" />;
        const command = commands.get(id);
        if (!command) return null;
        const shortcut = command.shortcuts?.[0];
        return (
          <button
            key={id}
            type="button"
            role="menuitem"
            className="context-menu__item"
            disabled={!commands.isEnabled(id, context)}
            onClick={() => {
              onClose();
              void commands.run(id, context);
            }}
          >
            <span>{command.label[lang]}</span>
            {shortcut ? (
              <span className="context-menu__shortcut">{formatShortcut(shortcut, isMac)}</span>
            ) : null}
          </button>
        );
      })}
    </div>
  );
}
