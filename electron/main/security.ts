/**
 * Browser-side hardening: a strict Content-Security-Policy sent as a response header,
 * every permission denied, navigation and new windows refused. Electron objects are passed
 * in (type-only import), so the policy itself is unit-tested.
 */
import type { App, Session, WebContents } from 'electron';

/** The production policy; `devServerUrl` (electron-vite dev) adds its origin and HMR socket. */
export function contentSecurityPolicy(devServerUrl?: string): string {
  const dev = devServerUrl ? new URL(devServerUrl) : undefined;
  const devOrigin = dev ? ` ${dev.origin}` : '';
  const devSocket = dev ? ` ${dev.protocol === 'https:' ? 'wss' : 'ws'}://${dev.host}` : '';
  return [
    "default-src 'self'",
    // Vite's React refresh preamble is an inline module script in dev only.
    `script-src 'self'${dev ? `${devOrigin} 'unsafe-inline'` : ''}`,
    `style-src 'self' 'unsafe-inline'${devOrigin}`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${devOrigin}${devSocket}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Whether `url` is the app's own page: the built renderer (file:// under `rendererDir`)
 * or, in development, the dev server's origin.
 */
export function isAppUrl(url: string, rendererFileUrl: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (devServerUrl) return parsed.origin === new URL(devServerUrl).origin;
  const page = new URL(rendererFileUrl);
  return parsed.protocol === 'file:' && parsed.pathname === page.pathname;
}

/** Sends the CSP on every response of the session and denies every permission. */
export function hardenSession(session: Session, devServerUrl?: string): void {
  const policy = contentSecurityPolicy(devServerUrl);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    }
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policy] } });
  });
  // The app needs no camera, notifications, clipboard-read, geolocation...: refuse all.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Links the renderer may open in the user's browser (never inside the app): AWS pricing and
 * documentation pages, which cost lines cite as their source.
 */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname;
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    (host === 'aws.amazon.com' || host.endsWith('.aws.amazon.com') || host === 'calculator.aws')
  );
}

/**
 * Guards every web contents the app ever creates (the main window, devtools, anything
 * created by a bug): navigation is refused (the renderer is a single page; reloads do not
 * emit will-navigate), webviews are refused, and new windows are denied. A window.open or
 * target=_blank link to an AWS page opens in the system browser instead.
 */
export function guardAllWebContents(app: App, openExternal: (url: string) => void): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isSafeExternalUrl(url)) openExternal(url);
      return { action: 'deny' };
    });
  });
}
