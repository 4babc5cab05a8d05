import type { NuageApi } from '../../../shared/ipc';
import { createElectronPlatform } from './electronPlatform';
import type { Platform } from './types';
import { createWebPlatform } from './webPlatform';

declare global {
  interface Window {
    /** Present only inside Electron (exposed by the preload). */
    readonly nuage?: NuageApi;
  }
}

/** Electron when the preload exposed `window.nuage`, the browser otherwise. */
export function detectPlatform(): Platform {
  return window.nuage?.platform === 'electron' ? createElectronPlatform(window.nuage) : createWebPlatform();
}

export type { Platform, PlatformResult, OpenedFile } from './types';
