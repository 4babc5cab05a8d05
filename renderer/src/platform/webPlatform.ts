/** Platform adapter for the browser: a hidden file input to open, a Blob download to save. */
import { downloadBlob } from './download';
import type { Platform } from './types';

/** The hidden input rendered by the app shell (data-testid="open-file-input"). */
export const OPEN_INPUT_ID = 'nuage-open-file-input';

export function createWebPlatform(): Platform {
  return {
    kind: 'web',
    async pickDesign() {
      const input = document.getElementById(OPEN_INPUT_ID);
      if (input instanceof HTMLInputElement) {
        input.value = '';
        input.click();
      }
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
