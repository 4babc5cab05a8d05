import { useEffect } from 'react';
import { useServices } from '../AppContext';

/** Runs native-menu commands (Electron) through the same registry as the toolbar. */
export function useMenuCommands(): void {
  const { commands, context } = useServices();
  useEffect(() => {
    const subscribe = context.platform.onMenuCommand;
    if (!subscribe) return undefined;
    return subscribe((id) => void commands.run(id, context));
  }, [commands, context]);
}
