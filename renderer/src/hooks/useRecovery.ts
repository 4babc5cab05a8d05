import { useEffect, useState } from 'react';
import { serializeDesign } from '../../../shared/model';
import { useServices } from '../AppContext';
import { isDirty } from '../store/uiStore';

const WRITE_DELAY_MS = 1500;

export interface RecoveryOffer {
  readonly text: string;
  readonly savedAt: string;
}

/**
 * Crash recovery (Electron): offers a recovery file found at start, then writes the document
 * to recovery a moment after each unsaved change.
 */
export function useRecovery(): { offer: RecoveryOffer | null; dismiss(): void } {
  const { context } = useServices();
  const recovery = context.platform.recovery;
  const [offer, setOffer] = useState<RecoveryOffer | null>(null);

  useEffect(() => {
    if (!recovery) return undefined;
    let active = true;
    void recovery.read().then((found) => {
      if (active && found) setOffer(found);
    });
    return () => {
      active = false;
    };
  }, [recovery]);

  useEffect(() => {
    if (!recovery) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = context.design.subscribe((state, previous) => {
      if (state.design === previous.design) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const { design } = context.design.getState();
        if (isDirty(design, context.ui.getState().savedDesign)) void recovery.write(serializeDesign(design));
      }, WRITE_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [context, recovery]);

  return { offer, dismiss: () => setOffer(null) };
}
