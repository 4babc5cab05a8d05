/** Platform adapter for the browser: a hidden file input to open, a Blob download to save. */
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
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.style.display = 'none';
      document.body.append(link);
      link.click();
      link.remove();
      // Revoke on a later task so the download has started.
      setTimeout(() => URL.revokeObjectURL(url), 0);
      return { ok: true, value: { path: null, name } };
    },
    setDocumentState() {
      // The browser tab title is set by the shell (document.title).
    },
    confirm: (message) => window.confirm(message),
  };
}
