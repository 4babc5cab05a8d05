import { useReactFlow } from '@xyflow/react';
import { useEffect, type ChangeEvent } from 'react';
import { useServices } from '../AppContext';
import { attachDiagramSource } from './diagram';
import { ExportDialog } from './ExportDialog';
import { ExportMenu } from './ExportMenu';
import { IMPORT_INPUT_ID } from './files';
import { ImportDialog } from './ImportDialog';
import { importTemplateText } from './importTemplate';

/**
 * Mounts the export and import dialogs and the browser's hidden template input, and lends the
 * React Flow instance to the diagram export. Render inside the ReactFlowProvider.
 */
export function ExportHost() {
  const { context } = useServices();
  const flow = useReactFlow();
  useEffect(() => attachDiagramSource(flow), [flow]);
  const onFileChosen = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    await importTemplateText(context, { name: file.name, text });
  };
  return (
    <>
      <ExportMenu />
      <ExportDialog />
      <ImportDialog />
      <input
        id={IMPORT_INPUT_ID}
        type="file"
        accept=".yaml,.yml,.json,.template"
        hidden
        onChange={(e) => void onFileChosen(e)}
        data-testid="import-file-input"
      />
    </>
  );
}
