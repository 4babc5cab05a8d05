import '@xyflow/react/dist/style.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Lang } from '../../shared/service/types';
import { App } from './App';
import { AppProvider, type AppServices } from './AppContext';
import { appCatalog, startTemplate } from './catalogSource';
import { createDefaultRegistry, createViewControls } from './commands';
import { emptyDesign } from './model/edits';
import { registerBuiltInPanels } from './panels';
import { detectPlatform } from './platform';
import { createDesignStore } from './store/designStore';
import { createUiStore } from './store/uiStore';

const LANG_KEY = 'nuage.lang';

function initialLang(): Lang {
  const stored = localStorage.getItem(LANG_KEY);
  if (stored === 'en' || stored === 'fr') return stored;
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

function start(): void {
  const lang = initialLang();
  const initial = startTemplate() ?? emptyDesign(lang === 'fr' ? 'Conception sans titre' : 'Untitled design');
  const design = createDesignStore(initial);
  const ui = createUiStore({ lang, savedDesign: initial });
  ui.subscribe((state, previous) => {
    if (state.lang !== previous.lang) {
      localStorage.setItem(LANG_KEY, state.lang);
      document.documentElement.lang = state.lang;
    }
  });
  document.documentElement.lang = lang;
  registerBuiltInPanels();
  const services: AppServices = {
    commands: createDefaultRegistry(),
    context: { design, ui, catalog: appCatalog, platform: detectPlatform(), view: createViewControls() },
  };
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <AppProvider services={services}>
        <App />
      </AppProvider>
    </StrictMode>,
  );
}

start();
