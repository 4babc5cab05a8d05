import { useEffect, useRef } from 'react';
import { useMessages } from '../cost/messages';
import { exportMessages } from './exportMessages';
import { IssueListDialog } from '../shell/IssueListDialog';
import { exportDialogs, useExportDialogs } from './exportStore';
import './exporting.css';

/** After an import: the issues of a template that failed (nothing changed), or the report. */
export function ImportDialog() {
  const outcome = useExportDialogs((s) => s.importOutcome);
  const t = useMessages(exportMessages);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (outcome) closeRef.current?.focus();
  }, [outcome]);
  if (!outcome) return null;
  const close = (): void => exportDialogs.getState().showImport(null);
  if (outcome.kind === 'failed') {
    return (
      <IssueListDialog
        testId="import-error"
        titleId="import-title"
        title={t('importFailedTitle', { file: outcome.fileName })}
        intro={t('importFailedIntro')}
        issues={outcome.issues}
        rootLabel={t('root')}
        closeLabel={t('close')}
        onClose={close}
      />
    );
  }
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <div className="modal" role="dialog" aria-labelledby="import-title" data-testid="import-report">
        <h2 id="import-title" className="modal__title">
          {t('importedTitle', { file: outcome.fileName })}
        </h2>
        <p data-testid="import-summary">
          {t('importedSummary', {
            nodes: outcome.counts.nodes,
            connections: outcome.counts.connections,
            groups: outcome.counts.groups,
            resources: outcome.report.resources.length,
          })}
        </p>
        {outcome.report.unsupported.length === 0 ? (
          <p>✓ {t('allSupported')}</p>
        ) : (
          <>
            <h3 className="export-dialog__heading">
              {t('unsupported', { count: outcome.report.unsupported.length })}
            </h3>
            <ul className="issue-list">
              {outcome.report.unsupported.map((entry) => (
                <li key={entry.logicalId} className="issue-list__item" data-testid="import-unsupported">
                  <code className="issue-list__path">
                    {entry.logicalId} ({entry.type})
                  </code>
                  <span>{entry.detail}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        {outcome.report.notes.length > 0 ? (
          <>
            <h3 className="export-dialog__heading">{t('notes')}</h3>
            <ul className="export-dialog__list">
              {outcome.report.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </>
        ) : null}
        <div className="modal__actions">
          <button
            ref={closeRef}
            type="button"
            className="button button--primary"
            onClick={close}
            data-testid="import-report-close"
          >
            {t('close')}
          </button>
        </div>
      </div>
    </div>
  );
}
