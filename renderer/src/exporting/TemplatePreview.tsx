import { memo } from 'react';
import { highlight } from './highlight';

/** Beyond this many lines the rest is shown as plain text: a large stack stays responsive. */
const HIGHLIGHTED_LINES = 4000;

/** The first `count` lines and the rest (without the newline between them). */
function splitAfterLines(text: string, count: number): [string, string] {
  let at = -1;
  for (let line = 0; line < count; line += 1) {
    at = text.indexOf('\n', at + 1);
    if (at === -1) return [text, ''];
  }
  return [text.slice(0, at), text.slice(at + 1)];
}

/** The template text with syntax colours and line numbers (read-only, selectable). */
function TemplatePreviewInner({ text, format }: { readonly text: string; readonly format: 'yaml' | 'json' }) {
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  const [head, rest] = splitAfterLines(body, HIGHLIGHTED_LINES);
  const lines = highlight(head, format);
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
        {rest === '' ? null : <span className="template-preview__rest">{rest}</span>}
      </code>
    </pre>
  );
}

export const TemplatePreview = memo(TemplatePreviewInner);
