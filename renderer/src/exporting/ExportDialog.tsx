import { useEffect, useRef, useState } from 'react';
import { useCatalog, useDesign, useLang } from '../AppContext';
import { problemText } from '../../../shared/validation/messages';
import { useMessages } from '../cost/messages';
import { exportMessages } from './exportMessages';
import { exportDialogs, useExportDialogs, type TemplateFormat } from './exportStore';
import { fileSlug } from '../model/fileSlug';
import { saveExport } from './files';
import { TemplatePreview } from './TemplatePreview';
import { templateFileFilters, templateText } from './templateExport';
import './exporting.css';
import { SeverityIcon } from '../problems/SeverityIcon';

/**
 * Export CloudFormation: what would make the stack fail listed first, the parameters to fill,
 * then the highlighted template (YAML or JSON) with copy and save.
 */
export function ExportDialog() {
  const format = useExportDialogs((s) => s.exportFormat);
  if (format === null) return null;
  return <ExportDialogOpen format={format} />;
}

function ExportDialogOpen({ format }: { readonly format: TemplateFormat }) {
  const design = useDesign((s) => s.design);
  const catalog = useCatalog();
  const lang = useLang();
  const t = useMessages(exportMessages);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  const { template, text, problems } = templateText(design, catalog, format);
  const parameters = Object.entries(template.Parameters ?? {});
  const close = (): void => exportDialogs.getState().closeExport();
  const bytes = new TextEncoder().encode(text).length;

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus({ kind: 'ok', text: t('copied') });
    } catch {
      setStatus({ kind: 'error', text: t('copyFailed') });
    }
  };
  const save = async (): Promise<void> => {
    const result = await saveExport({
      suggestedName: `${fileSlug(design.name)}.${format === 'yaml' ? 'yaml' : 'json'}`,
      filters: templateFileFilters[format],
      content: text,
      encoding: 'utf8',
      mime: format === 'yaml' ? 'application/yaml' : 'application/json',
    });
    if (result.ok) setStatus({ kind: 'ok', text: t('saved', { name: result.value.name }) });
    else if (!result.cancelled)
      setStatus({ kind: 'error', text: t('saveFailed', { message: result.message }) });
  };

  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <div
        className="modal export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="export-title"
        data-testid="export-dialog"
      >
        <div className="export-dialog__head">
          <h2 id="export-title" className="modal__title">
            {t('title')}
          </h2>
          <div className="segmented" role="group" aria-label="Format">
            {(['yaml', 'json'] as const).map((f) => (
              <button
                key={f}
                type="button"
                className={`segmented__button${f === format ? ' segmented__button--active' : ''}`}
                aria-pressed={f === format}
                onClick={() => exportDialogs.getState().openExport(f)}
                data-testid={`export-format-${f}`}
              >
                {f.toUpperCase()}
              </button>
            ))}
          </div>
        </div>
        <section className="export-dialog__problems" data-testid="export-problems">
          {problems.length === 0 ? (
            <p className="export-dialog__ok">✓ {t('noProblems')}</p>
          ) : (
            <>
              <h3 className="export-dialog__heading">{t('problemsTitle', { count: problems.length })}</h3>
              <ul className="export-dialog__list">
                {problems.map((p, i) => (
                  <li
                    key={i}
                    className={`export-problem export-problem--${p.severity}`}
                    data-testid="export-problem"
                  >
                    <SeverityIcon severity={p.severity} /> {problemText(p, lang)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        {parameters.length > 0 ? (
          <details className="export-dialog__params" data-testid="export-parameters">
            <summary>
              {t('parameters')} ({parameters.length})
            </summary>
            <ul className="export-dialog__list">
              {parameters.map(([name, p]) => (
                <li key={name}>
                  <code>{name}</code> —{' '}
                  {p.Default === undefined
                    ? t('parameterRequired')
                    : t('parameterDefault', { value: String(p.Default) })}
                  {p.Description ? <span className="muted"> · {p.Description}</span> : null}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        <div className="export-dialog__stats muted" data-testid="export-stats">
          {t('stats', {
            resources: Object.keys(template.Resources ?? {}).length,
            lines: text.split('\n').length - 1,
            bytes: new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-US').format(bytes),
          })}
        </div>
        <TemplatePreview text={text} format={format} />
        <div className="modal__actions export-dialog__actions">
          {status ? (
            <span
              className={`export-dialog__status export-dialog__status--${status.kind}`}
              role="status"
              data-testid="export-status"
            >
              {status.text}
            </span>
          ) : null}
          <button type="button" className="button" onClick={() => void copy()} data-testid="export-copy">
            {t('copy')}
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void save()}
            data-testid="export-save"
          >
            {t('save')}
          </button>
          <button ref={closeRef} type="button" className="button" onClick={close} data-testid="export-close">
            {t('close')}
          </button>
        </div>
      </div>
    </div>
  );
}
