/**
 * The preload: the only code with `ipcRenderer`. It exposes `window.nuage` (NuageApi from
 * shared/ipc.ts): one function per channel, the menu subscriptions, and nothing else — no
 * raw ipcRenderer, no Node. Runs sandboxed, so it is bundled as CommonJS (index.cjs).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  ipcRequestSchemas,
  menuCommandIds,
  MENU_COMMAND_CHANNEL,
  MENU_OPEN_RECENT_CHANNEL,
  type IpcChannel,
  type MenuCommandId,
  type NuageApi,
} from '../../shared/ipc';

const channels = Object.keys(ipcRequestSchemas) as IpcChannel[];
const knownCommands: ReadonlySet<string> = new Set(menuCommandIds);

function invoker<C extends IpcChannel>(channel: C): NuageApi[C] {
  return ((request: unknown) => ipcRenderer.invoke(channel, request)) as NuageApi[C];
}

/** Subscribes to a main -> renderer channel; the returned function unsubscribes. */
function subscribe<T>(channel: string, accept: (value: unknown) => value is T, listener: (value: T) => void) {
  // Wrap the listener so the page never receives the IpcRendererEvent (it exposes `sender`).
  const wrapped = (_event: IpcRendererEvent, value: unknown): void => {
    if (accept(value)) listener(value);
  };
  ipcRenderer.on(channel, wrapped);
  return (): void => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

const isMenuCommand = (value: unknown): value is MenuCommandId =>
  typeof value === 'string' && knownCommands.has(value);
const isPath = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

const api = {
  ...(Object.fromEntries(channels.map((channel) => [channel, invoker(channel)])) as {
    [C in IpcChannel]: NuageApi[C];
  }),
  onMenuCommand: (listener) => subscribe(MENU_COMMAND_CHANNEL, isMenuCommand, listener),
  onOpenRecent: (listener) => subscribe(MENU_OPEN_RECENT_CHANNEL, isPath, listener),
  platform: 'electron',
} satisfies NuageApi;

contextBridge.exposeInMainWorld('nuage', api);
