import { useEffect } from 'react';
import { useT, useUi, useUiStoreApi } from '../AppContext';

const TOAST_MS = 7000;

/** One transient message (e.g. a refused connection, data-testid="connection-error"). */
export function ToastView() {
  const toast = useUi((s) => s.toast);
  const ui = useUiStoreApi();
  const t = useT();
  useEffect(() => {
    if (!toast) return undefined;
    const timer = setTimeout(() => {
      if (ui.getState().toast?.id === toast.id) ui.getState().dismissToast();
    }, TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, ui]);
  if (!toast) return null;
  return (
    <div
      className={`toast toast--${toast.kind}`}
      role={toast.kind === 'error' ? 'alert' : 'status'}
      data-testid={toast.testId}
    >
      <span className="toast__message">{toast.message}</span>
      <button
        type="button"
        className="toast__close"
        aria-label={t('dialog.close')}
        onClick={() => ui.getState().dismissToast()}
      >
        ×
      </button>
    </div>
  );
}
