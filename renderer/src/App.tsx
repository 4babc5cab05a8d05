import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, type ChangeEvent } from 'react';
import { useServices } from './AppContext';
import { Canvas } from './canvas/Canvas';
import { openDesignText } from './commands/document';
import { ExportHost } from './exporting/ExportHost';
import { useDocumentState } from './hooks/useDocumentState';
import { useKeyboardShortcuts } from './hooks/useKeyboardShortcuts';
import { useMenuCommands } from './hooks/useMenuCommands';
import { Palette } from './palette/Palette';
import { CompareView } from './scenarios/CompareView';
import { DiagramCompareLayer } from './scenarios/diagramCompare';
import { OPEN_INPUT_ID } from './platform/webPlatform';
import { OpenErrorDialog } from './shell/OpenErrorDialog';
import { RecoveryBanner } from './shell/RecoveryBanner';
import { Sidebar } from './shell/Sidebar';
import { StatusBar } from './shell/StatusBar';
import { ToastView } from './shell/ToastView';
import { Toolbar } from './shell/Toolbar';

/** The application shell: toolbar, palette | canvas | sidebar, status bar, dialogs. */
export function App() {
  const { context } = useServices();
  useKeyboardShortcuts();
  useMenuCommands();
  useDocumentState();

  const onFileChosen = useCallback(
    async (event: ChangeEvent<HTMLInputElement>) => {
      const input = event.currentTarget;
      const file = input.files?.[0];
      if (!file) return;
      const text = await file.text();
      input.value = '';
      openDesignText(context, { name: file.name, text });
    },
    [context],
  );

  return (
    <ReactFlowProvider>
      <div className="app" data-testid="app">
        <Toolbar />
        <RecoveryBanner />
        <div className="workspace">
          <Palette />
          <main className="workspace__canvas">
            <Canvas />
            <DiagramCompareLayer />
          </main>
          <Sidebar />
        </div>
        <StatusBar />
        <CompareView />
        <ToastView />
        <OpenErrorDialog />
        <ExportHost />
        <input
          id={OPEN_INPUT_ID}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(e) => void onFileChosen(e)}
          data-testid="open-file-input"
        />
      </div>
    </ReactFlowProvider>
  );
}
