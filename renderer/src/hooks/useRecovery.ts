import { useEffect, useState } from 'react';
import { useServices } from '../AppContext';
import { startRecoveryWriter } from '../platform/recoveryWriter';

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

  useEffect(() => startRecoveryWriter(context), [context]);

  return { offer, dismiss: () => setOffer(null) };
}
