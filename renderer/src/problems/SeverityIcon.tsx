import type { Problem } from '../../../shared/validation/problem';
import './problems.css';

const glyphs: Readonly<Record<Problem['severity'], string>> = { error: '!', warning: '!', info: 'i' };

/**
 * A problem's severity as a coloured disc (red error, amber warning, blue note) drawn with CSS
 * around a plain ASCII glyph, so that it shows without an emoji font.
 */
export function SeverityIcon({ severity, label }: { severity: Problem['severity']; label?: string }) {
  return (
    <span
      className={`severity-icon severity-icon--${severity}`}
      {...(label === undefined ? { 'aria-hidden': true } : { role: 'img', 'aria-label': label })}
    >
      {glyphs[severity]}
    </span>
  );
}
