/**
 * The open document as main sees it (name, unsaved changes, path) and the close guard:
 * closing a window with unsaved changes asks Save / Don't Save / Cancel. Plain logic, no
 * Electron, so every path through the dialog is unit-tested.
 *
 * Save path: main sends 'file.save' to the renderer, which saves through 'file:saveDesign'
 * (maybe via a save dialog) and then reports `dirty: false`. The window closes on that
 * report, and only if the save reached the disk; a cancelled or failed save keeps it open.
 */
export const APP_TITLE = 'Nuage';

/** `Fraud pipeline• — Nuage` when there are unsaved changes, `Fraud pipeline — Nuage` otherwise. */
export function formatTitle(name: string, dirty: boolean): string {
  const shown = name.trim() === '' ? 'Untitled' : name.trim();
  return `${shown}${dirty ? '•' : ''} — ${APP_TITLE}`;
}

export type CloseAnswer = 'save' | 'discard' | 'cancel';
/** What the window must do next. */
export type CloseAction = 'close' | 'ask' | 'stay' | 'sendSave';

export class CloseGuard {
  private dirty = false;
  private phase: 'idle' | 'asking' | 'awaitingSave' | 'closeWhenClean' | 'closing' = 'idle';

  get isDirty(): boolean {
    return this.dirty;
  }

  /** The window's close event: close now, or keep it open and ask. */
  closeRequested(): CloseAction {
    if (this.phase === 'closing' || !this.dirty) {
      this.phase = 'closing';
      return 'close';
    }
    if (this.phase === 'asking') return 'stay'; // a second click while the dialog is up
    this.phase = 'asking';
    return 'ask';
  }

  answered(answer: CloseAnswer): CloseAction {
    if (answer === 'discard') {
      this.phase = 'closing';
      return 'close';
    }
    if (answer === 'save') {
      this.phase = 'awaitingSave';
      return 'sendSave';
    }
    this.phase = 'idle';
    return 'stay';
  }

  /** After each 'file:saveDesign': a failed or cancelled save abandons the close. */
  saveFinished(saved: boolean): CloseAction {
    if (this.phase !== 'awaitingSave') return 'stay';
    this.phase = saved ? 'closeWhenClean' : 'idle';
    return 'stay';
  }

  /** The renderer's 'window:setDocumentState'. */
  documentStateChanged(dirty: boolean): CloseAction {
    this.dirty = dirty;
    if (this.phase === 'closeWhenClean' && !dirty) {
      this.phase = 'closing';
      return 'close';
    }
    return 'stay';
  }
}
