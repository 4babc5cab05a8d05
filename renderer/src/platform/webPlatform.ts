/** Platform adapter for the browser: a hidden file input to open, a Blob download to save. */
import { downloadBlob, pickWithHiddenInput } from './download';
import type { Platform } from './types';

/** The hidden input rendered by the app shell (data-testid="open-file-input"). */
export const OPEN_INPUT_ID = 'nuage-open-file-input';

export function createWebPlatform(): Platform {
  return {
    kind: 'web',
    async pickDesign() {
      pickWithHiddenInput(OPEN_INPUT_ID);
      return { ok: true, value: null };
    },
    async saveDesign(text, options) {
      const name = options.suggestedName;
      downloadBlob(new Blob([text], { type: 'application/json' }), name);
      return { ok: true, value: { path: null, name } };
    },
    setDocumentState() {
      // The browser tab title is set by the shell (document.title).
    },
    confirm: (message) => window.confirm(message),
  };
}
