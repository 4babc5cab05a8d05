/** Crash recovery: writes the unsaved document a moment after each change (debounced). */
import { serializeDesign } from '../../../shared/model';
import type { CommandContext } from '../commands/types';
import { isDirty } from '../store/uiStore';

export const RECOVERY_DELAY_MS = 1500;

/** Starts writing to the platform's recovery store; returns the stop function. */
export function startRecoveryWriter(context: CommandContext, delayMs = RECOVERY_DELAY_MS): () => void {
  const recovery = context.platform.recovery;
  if (!recovery) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = context.design.subscribe((state, previous) => {
    if (state.design === previous.design) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const { design } = context.design.getState();
      if (isDirty(design, context.ui.getState().savedDesign)) void recovery.write(serializeDesign(design));
    }, delayMs);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
