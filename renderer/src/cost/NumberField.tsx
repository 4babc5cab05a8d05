import { useState } from 'react';

export interface NumberFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: number | undefined;
  /** Called with the parsed value (or undefined when emptied and `optional`) on Enter or blur. */
  onCommit(value: number | undefined): void;
  readonly optional?: boolean;
  readonly placeholder?: string;
  readonly invalidMessage: string;
  /** Displayed value = stored value × scale (percentages). */
  readonly scale?: number;
  readonly allowNegative?: boolean;
}

/**
 * A number input that commits once, on Enter or when it loses focus, so typing a value is one
 * undo step. Invalid text is shown with a message and not applied.
 */
export function NumberField(props: NumberFieldProps) {
  const { id, label, value, onCommit, optional, placeholder, invalidMessage, scale = 1 } = props;
  const shown = value === undefined ? '' : String(Math.round(value * scale * 1e6) / 1e6);
  // A draft typed against an older stored value (before an undo, say) is dropped.
  const [draft, setDraft] = useState({ base: shown, text: shown });
  const text = draft.base === shown ? draft.text : shown;
  const setText = (next: string): void => setDraft({ base: shown, text: next });
  const parsed = text.trim() === '' ? undefined : Number(text.replace(',', '.'));
  const invalid =
    parsed === undefined ? !optional : !Number.isFinite(parsed) || (!props.allowNegative && parsed < 0);
  const commit = (): void => {
    if (invalid) return;
    const next = parsed === undefined ? undefined : parsed / scale;
    if (next !== value) onCommit(next);
  };
  return (
    <div className="field load-field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className={`field__control${invalid ? ' field__control--invalid' : ''}`}
        inputMode="decimal"
        value={text}
        placeholder={placeholder}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setText(shown);
        }}
        aria-invalid={invalid}
        data-testid={id}
      />
      {invalid ? (
        <div className="field__error" data-testid={`${id}-error`}>
          {invalidMessage}
        </div>
      ) : null}
    </div>
  );
}
