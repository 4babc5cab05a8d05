import { useEffect } from 'react';
import { useDesign, useServices, useUi } from '../AppContext';
import { isDirty } from '../store/uiStore';

/** Window title "• <design name> — Nuage" (mark when unsaved), mirrored to Electron. */
export function useDocumentState(): { name: string; dirty: boolean } {
  const { context } = useServices();
  const design = useDesign((s) => s.design);
  const savedDesign = useUi((s) => s.savedDesign);
  const filePath = useUi((s) => s.filePath);
  const dirty = isDirty(design, savedDesign);
  const name = design.name;
  useEffect(() => {
    document.title = `${dirty ? '• ' : ''}${name} — Nuage`;
    context.platform.setDocumentState({ name, dirty, path: filePath });
  }, [context, name, dirty, filePath]);
  return { name, dirty };
}
