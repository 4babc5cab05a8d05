import { useT, useUi, useUiStoreApi } from '../AppContext';
import { IssueListDialog } from './IssueListDialog';

/** Lists every issue of a file that failed to open, each with its JSON path. */
export function OpenErrorDialog() {
  const error = useUi((s) => s.openError);
  const ui = useUiStoreApi();
  const t = useT();
  if (!error) return null;
  return (
    <IssueListDialog
      testId="open-error"
      titleId="open-error-title"
      title={t('open.errorTitle', { file: error.fileName })}
      intro={t('open.errorIntro')}
      issues={error.issues}
      rootLabel={t('open.root')}
      closeLabel={t('dialog.close')}
      onClose={() => ui.getState().setOpenError(null)}
      closeTestId="open-error-close"
    />
  );
}
