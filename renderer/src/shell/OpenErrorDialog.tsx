import { useEffect, useRef } from 'react';
import { useT, useUi, useUiStoreApi } from '../AppContext';

/** Lists every issue of a file that failed to open, each with its JSON path. */
export function OpenErrorDialog() {
  const error = useUi((s) => s.openError);
  const ui = useUiStoreApi();
  const t = useT();
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (error) closeRef.current?.focus();
  }, [error]);
  if (!error) return null;
  const close = (): void => ui.getState().setOpenError(null);
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <div className="modal" role="alertdialog" aria-labelledby="open-error-title" data-testid="open-error">
        <h2 id="open-error-title" className="modal__title">
          {t('open.errorTitle', { file: error.fileName })}
        </h2>
        <p>{t('open.errorIntro')}</p>
        <ul className="issue-list">
          {error.issues.map((issue, index) => (
            <li key={index} className="issue-list__item" data-testid="open-error-issue">
              <code className="issue-list__path">{issue.path === '' ? t('open.root') : issue.path}</code>
              <span>{issue.message}</span>
            </li>
          ))}
        </ul>
        <div className="modal__actions">
          <button
            ref={closeRef}
            type="button"
            className="button button--primary"
            onClick={close}
            data-testid="open-error-close"
          >
            {t('dialog.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
