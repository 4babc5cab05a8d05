import { useEffect } from 'react';
import { isTextInputTarget } from '../commands/shortcuts';
import { useServices } from '../AppContext';

/** Dispatches registered shortcuts to commands, except while typing in a text field. */
export function useKeyboardShortcuts(): void {
  const { commands, context } = useServices();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || isTextInputTarget(event.target)) return;
      const command = commands.forKey(event);
      if (!command) return;
      event.preventDefault();
      void commands.run(command.id, context);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [commands, context]);
}
