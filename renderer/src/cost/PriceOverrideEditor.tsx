import { useId, useState, type KeyboardEvent } from 'react';
import { priceBooks } from '../../../catalog/index';
import type { PriceOverride } from '../../../shared/model';
import type { CostLine } from '../../../shared/pricing';
import { useDesignStoreApi } from '../AppContext';
import { useMessages } from './messages';
import { parseAmount, removePriceOverride, setPriceOverride, suggestedPer } from './priceOverrideEdits';
import { priceOverrideMessages } from './priceOverrideMessages';
import './priceOverride.css';

export interface PriceOverrideEditorProps {
  readonly line: CostLine;
  readonly region: string;
  /** The user's current price of the meter in the region, when editing one. */
  readonly existing: PriceOverride | undefined;
  onClose(): void;
}

const shown = (n: number): string => String(n);

/**
 * Inline editor of the user's price of one meter: USD per N units (N prefilled from the
 * price books for that unit), an optional note; Save commits one undoable design edit.
 * Enter saves, Escape cancels; invalid numbers are shown with a message and not saved.
 */
export function PriceOverrideEditor({ line, region, existing, onClose }: PriceOverrideEditorProps) {
  const t = useMessages(priceOverrideMessages);
  const store = useDesignStoreApi();
  const id = useId();
  // Prefilled with the user's price, else the listed price of a priced line (to discount it).
  const [usdText, setUsdText] = useState(
    existing ? shown(existing.usd) : line.missingPrice ? '' : shown(line.listPriceUsd),
  );
  const [perText, setPerText] = useState(
    shown(existing?.per ?? (line.missingPrice ? suggestedPer(line.meter, line.unit, priceBooks) : line.per)),
  );
  const [note, setNote] = useState(existing?.note ?? '');
  const [tried, setTried] = useState(false);
  const usd = parseAmount(usdText);
  const per = parseAmount(perText);
  const usdBad = !(Number.isFinite(usd) && usd >= 0);
  const perBad = !(Number.isFinite(per) && per > 0);
  const showUsdError = usdBad && (tried || usdText.trim() !== '');
  const showPerError = perBad && (tried || perText.trim() !== '');

  const save = (): void => {
    setTried(true);
    if (usdBad || perBad) return;
    const state = store.getState();
    const next = setPriceOverride(state.design, {
      region,
      meter: line.meter,
      usd,
      per,
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    if (next !== state.design) state.commit(next);
    onClose();
  };
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement)) {
      e.preventDefault();
      save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };
  return (
    <div
      className="price-override"
      role="group"
      aria-label={t('editorLabel', { meter: line.meter, region })}
      onKeyDown={onKeyDown}
      data-testid="price-override-editor"
    >
      <div className="price-override__row">
        <label className="price-override__label" htmlFor={`${id}-usd`}>
          {t('usd')}
        </label>
        <input
          id={`${id}-usd`}
          className={`field__control price-override__usd${showUsdError ? ' field__control--invalid' : ''}`}
          inputMode="decimal"
          autoFocus
          value={usdText}
          placeholder="0.00"
          onChange={(e) => setUsdText(e.target.value)}
          aria-invalid={showUsdError}
          data-testid="price-override-usd"
        />
        <label className="price-override__label" htmlFor={`${id}-per`}>
          {t('per')}
        </label>
        <input
          id={`${id}-per`}
          className={`field__control price-override__per${showPerError ? ' field__control--invalid' : ''}`}
          inputMode="decimal"
          value={perText}
          onChange={(e) => setPerText(e.target.value)}
          aria-invalid={showPerError}
          data-testid="price-override-per"
        />
        <span className="price-override__unit">{line.unit}</span>
      </div>
      {showUsdError ? (
        <div className="field__error" role="alert" data-testid="price-override-usd-error">
          {t('badUsd')}
        </div>
      ) : null}
      {showPerError ? (
        <div className="field__error" role="alert" data-testid="price-override-per-error">
          {t('badPer')}
        </div>
      ) : null}
      <input
        className="field__control price-override__note"
        aria-label={t('note')}
        placeholder={t('notePlaceholder')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        data-testid="price-override-note"
      />
      <div className="price-override__actions">
        <span className="price-override__keys">{t('keys')}</span>
        <button type="button" className="button" onClick={onClose} data-testid="price-override-cancel">
          {t('cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={save}
          data-testid="price-override-save"
        >
          {t('save')}
        </button>
      </div>
    </div>
  );
}

/** "Your price" marker of a user-priced line, with edit and remove. */
export function UserPriceMarker({
  line,
  region,
  note,
  onEdit,
}: {
  readonly line: CostLine;
  readonly region: string;
  readonly note: string | undefined;
  onEdit(): void;
}) {
  const t = useMessages(priceOverrideMessages);
  const store = useDesignStoreApi();
  const remove = (): void => {
    const state = store.getState();
    const next = removePriceOverride(state.design, region, line.meter);
    if (next !== state.design) state.commit(next);
  };
  return (
    <div className="price-override__marker" data-testid="user-price">
      <span
        className="price-override__badge"
        title={`${t('yourPriceTitle', { region })}${note ? ` — ${note}` : ''}`}
      >
        ✎ {t('yourPrice')}
        {note ? <span className="price-override__note-text"> · {note}</span> : null}
      </span>
      <button
        type="button"
        className="price-override__link"
        title={t('editTitle')}
        onClick={onEdit}
        data-testid="user-price-edit"
      >
        {t('edit')}
      </button>
      <button
        type="button"
        className="price-override__link"
        title={t('removeTitle')}
        onClick={remove}
        data-testid="user-price-remove"
      >
        {t('remove')}
      </button>
    </div>
  );
}
