import { memo } from 'react';
import { highlight } from './highlight';

/** The template text with syntax colours and line numbers (read-only, selectable). */
function TemplatePreviewInner({ text, format }: { readonly text: string; readonly format: 'yaml' | 'json' }) {
  const lines = highlight(text.endsWith('\n') ? text.slice(0, -1) : text, format);
  return (
    <pre className={`template-preview template-preview--${format}`} data-testid="export-preview" tabIndex={0}>
      <code>
        {lines.map((tokens, index) => (
          <span key={index} className="template-preview__line">
            {tokens.map((token, i) =>
              token.kind === 'text' ? (
                token.text
              ) : (
                <span key={i} className={`tok tok--${token.kind}`}>
                  {token.text}
                </span>
              ),
            )}
            {'\n'}
          </span>
        ))}
      </code>
    </pre>
  );
}

export const TemplatePreview = memo(TemplatePreviewInner);
