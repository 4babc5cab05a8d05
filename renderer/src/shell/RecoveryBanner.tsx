import { parseDesignText } from '../../../shared/model';
import { useServices, useT } from '../AppContext';
import { useRecovery } from '../hooks/useRecovery';

/** Offers to restore the document found in crash recovery (Electron). */
export function RecoveryBanner() {
  const { context } = useServices();
  const { offer, dismiss } = useRecovery();
  const t = useT();
  if (!offer) return null;
  const restore = (): void => {
    const parsed = parseDesignText(offer.text);
    const ui = context.ui.getState();
    if (parsed.ok) {
      context.design.getState().replace(parsed.value);
      // Restored work is unsaved until the user saves it.
      ui.markSaved(null, null);
      ui.nextDocument();
    } else ui.setOpenError({ fileName: 'recovery', issues: parsed.issues });
    dismiss();
  };
  const discard = (): void => {
    void context.platform.recovery?.clear();
    dismiss();
  };
  return (
    <div className="banner" role="status" data-testid="recovery-banner">
      <span>{t('recovery.found', { time: new Date(offer.savedAt).toLocaleString() })}</span>
      <button type="button" className="button button--primary" onClick={restore}>
        {t('recovery.restore')}
      </button>
      <button type="button" className="button" onClick={discard}>
        {t('recovery.discard')}
      </button>
    </div>
  );
}
