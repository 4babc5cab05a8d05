import { useEffect, useRef } from 'react';
import { useLang, useServices } from '../AppContext';
import { EXPORT_MENU_COMMAND, exportMenuItems } from './exportCommands';
import { exportDialogs, useExportDialogs } from './exportStore';

/** The drop-down under the toolbar's Export button: every export command. */
export function ExportMenu() {
  const open = useExportDialogs((s) => s.menuOpen);
  const { commands, context } = useServices();
  const lang = useLang();
  const ref = useRef<HTMLDivElement>(null);
  const anchor = useExportDialogs((s) => s.menuAnchor);
  useEffect(() => {
    if (!open) return undefined;
    const close = (event: MouseEvent): void => {
      const target = event.target as Node;
      const button = document.querySelector(`[data-testid="cmd-${EXPORT_MENU_COMMAND}"]`);
      if (!ref.current?.contains(target) && !button?.contains(target))
        exportDialogs.getState().setMenuOpen(false);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);
  if (!open) return null;
  return (
    <div
      ref={ref}
      className="export-menu"
      role="menu"
      style={{ left: anchor.left, top: anchor.top }}
      data-testid="export-menu"
      onKeyDown={(e) => e.key === 'Escape' && exportDialogs.getState().setMenuOpen(false)}
    >
      {exportMenuItems.map((id) => {
        const command = commands.get(id);
        if (!command) return null;
        return (
          <button
            key={id}
            type="button"
            role="menuitem"
            className="export-menu__item"
            disabled={!commands.isEnabled(id, context)}
            onClick={() => {
              exportDialogs.getState().setMenuOpen(false);
              void commands.run(id, context);
            }}
            data-testid={`export-menu-${id}`}
          >
            {command.label[lang]}
          </button>
        );
      })}
    </div>
  );
}
