import { useEffect, useRef } from 'react';

/** One issue of a file that could not be read: where (a path, '' for the whole file) and what. */
export interface ListedIssue {
  readonly path: string;
  readonly message: string;
}

export interface IssueListDialogProps {
  /** `data-testid` of the dialog; each issue is `${testId}-issue`. */
  readonly testId: string;
  /** `id` of the heading that names the dialog. */
  readonly titleId: string;
  readonly title: string;
  readonly intro: string;
  readonly issues: readonly ListedIssue[];
  /** Shown instead of an empty path (an issue about the whole file). */
  readonly rootLabel: string;
  readonly closeLabel: string;
  readonly onClose: () => void;
  readonly closeTestId?: string;
}

/**
 * The modal that lists why a file was refused (nothing changed), shared by Open and by
 * the CloudFormation import. Focuses its close button whenever a new list is shown.
 */
export function IssueListDialog({
  testId,
  titleId,
  title,
  intro,
  issues,
  rootLabel,
  closeLabel,
  onClose,
  closeTestId,
}: IssueListDialogProps) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeRef.current?.focus();
  }, [issues]);
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="modal" role="alertdialog" aria-labelledby={titleId} data-testid={testId}>
        <h2 id={titleId} className="modal__title">
          {title}
        </h2>
        <p>{intro}</p>
        <ul className="issue-list">
          {issues.map((issue, index) => (
            <li key={index} className="issue-list__item" data-testid={`${testId}-issue`}>
              <code className="issue-list__path">{issue.path === '' ? rootLabel : issue.path}</code>
              <span>{issue.message}</span>
            </li>
          ))}
        </ul>
        <div className="modal__actions">
          <button
            ref={closeRef}
            type="button"
            className="button button--primary"
            onClick={onClose}
            data-testid={closeTestId}
          >
            {closeLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
