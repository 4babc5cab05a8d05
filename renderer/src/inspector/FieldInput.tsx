import { useState, type KeyboardEvent } from 'react';
import type { ConfigValue } from '../../../shared/model';
import type { FieldDefinition } from '../../../shared/service/types';
import { useLang } from '../AppContext';
import { parseFieldInput } from './fieldValidation';

interface FieldInputProps {
  readonly name: string;
  readonly field: FieldDefinition;
  readonly value: ConfigValue | undefined;
  /** Called with a valid value only; invalid entries show their message and are not applied. */
  onCommit(value: ConfigValue): void;
  /** Allows an empty entry, committed as `undefined` (optional settings). */
  readonly optional?: boolean;
  onClear?(): void;
}

const display = (value: ConfigValue | undefined): string =>
  value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value);

/** One generated form field (number with unit, enum, string, boolean) with validation. */
export function FieldInput({ name, field, value, onCommit, optional, onClear }: FieldInputProps) {
  const lang = useLang();
  const [draft, setDraft] = useState<{ basis: ConfigValue | undefined; text: string; error: string | null }>({
    basis: value,
    text: display(value),
    error: null,
  });
  // A new value from outside (undo, another selection) replaces the draft.
  let current = draft;
  if (draft.basis !== value) {
    current = { basis: value, text: display(value), error: null };
    setDraft(current);
  }
  const id = `field-${name}`;
  const label = field.label[lang];

  const validate = (text: string): ReturnType<typeof parseFieldInput> | null => {
    if (optional && text.trim() === '') return null;
    return parseFieldInput(field, text, lang);
  };

  const commit = (): void => {
    if (current.text === display(value)) return;
    const parsed = validate(current.text);
    if (parsed === null) {
      onClear?.();
      return;
    }
    if (parsed.ok) onCommit(parsed.value);
    else setDraft({ ...current, error: parsed.message });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape') setDraft({ basis: value, text: display(value), error: null });
  };

  let control;
  if (field.type === 'enum') {
    control = (
      <select
        id={id}
        className="field__control"
        value={typeof value === 'string' ? value : field.default}
        onChange={(e) => onCommit(e.target.value)}
        data-testid={id}
      >
        {field.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label ?? o.value}
          </option>
        ))}
      </select>
    );
  } else if (field.type === 'boolean') {
    control = (
      <input
        id={id}
        type="checkbox"
        className="field__checkbox"
        checked={value === true}
        onChange={(e) => onCommit(e.target.checked)}
        data-testid={id}
      />
    );
  } else {
    control = (
      <div className="field__with-unit">
        <input
          id={id}
          className={`field__control${current.error ? ' field__control--invalid' : ''}`}
          type="text"
          inputMode={field.type === 'number' ? 'decimal' : 'text'}
          value={current.text}
          aria-invalid={current.error !== null}
          onChange={(e) => {
            const parsed = validate(e.target.value);
            setDraft({
              ...current,
              text: e.target.value,
              error: parsed && !parsed.ok ? parsed.message : null,
            });
          }}
          onBlur={commit}
          onKeyDown={onKeyDown}
          data-testid={id}
        />
        {field.unit ? <span className="field__unit">{field.unit}</span> : null}
      </div>
    );
  }

  return (
    <div className={`field field--${field.type}`}>
      <label htmlFor={id} className="field__label" title={field.help?.[lang]}>
        {label}
      </label>
      {control}
      {current.error ? (
        <div className="field__error" role="alert" data-testid={`${id}-error`}>
          {current.error}
        </div>
      ) : field.help ? (
        <div className="field__help">{field.help[lang]}</div>
      ) : null}
    </div>
  );
}
