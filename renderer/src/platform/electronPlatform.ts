/** Platform adapter over the preload API (`window.nuage`, typed by shared/ipc.ts). */
import type { NuageApi } from '../../../shared/ipc';
import type { Platform } from './types';

const designFilters = [{ name: 'Nuage design', extensions: ['json'] }];

export function createElectronPlatform(api: NuageApi): Platform {
  return {
    kind: 'electron',
    async pickDesign() {
      const r = await api['file:open']({ filters: designFilters });
      if (!r.ok) return { ok: false, cancelled: r.issues.code === 'cancelled', message: r.issues.message };
      const name = r.value.path.split(/[\\/]/).pop() ?? r.value.path;
      return { ok: true, value: { name, text: r.value.text, path: r.value.path } };
    },
    async saveDesign(text, options) {
      const r = await api['file:saveDesign']({
        text,
        saveAs: options.saveAs,
        suggestedName: options.suggestedName,
        ...(options.path !== null && !options.saveAs ? { path: options.path } : {}),
      });
      if (!r.ok) return { ok: false, cancelled: r.issues.code === 'cancelled', message: r.issues.message };
      const name = r.value.path.split(/[\\/]/).pop() ?? r.value.path;
      return { ok: true, value: { path: r.value.path, name } };
    },
    setDocumentState(state) {
      void api['window:setDocumentState']({
        name: state.name,
        dirty: state.dirty,
        ...(state.path !== null ? { path: state.path } : {}),
      });
    },
    recovery: {
      async write(text) {
        await api['recovery:write']({ text });
      },
      async read() {
        const r = await api['recovery:read']({});
        return r.ok ? r.value : null;
      },
      async clear() {
        await api['recovery:clear']({});
      },
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    confirm: (message) => window.confirm(message),
  };
}
