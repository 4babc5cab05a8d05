import { describe, expect, it, vi } from 'vitest';
import type { App, Session } from 'electron';
import {
  contentSecurityPolicy,
  guardAllWebContents,
  hardenSession,
  isAppUrl,
  isSafeExternalUrl,
} from '../../../electron/main/security';

function directives(policy: string): Record<string, string> {
  return Object.fromEntries(
    policy.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name ?? '', values.join(' ')];
    }),
  );
}

describe('content security policy', () => {
  it('is strict in production', () => {
    expect(directives(contentSecurityPolicy())).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data: blob:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
    });
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval|http:|ws:/);
  });

  it('lets the dev server and its hot-reload socket in during development only', () => {
    const d = directives(contentSecurityPolicy('http://localhost:5173/'));
    expect(d['script-src']).toContain('http://localhost:5173');
    expect(d['connect-src']).toBe("'self' http://localhost:5173 ws://localhost:5173");
    expect(d['object-src']).toBe("'none'");
  });

  it('is sent on every response, replacing any policy the response had', () => {
    let listener: ((details: unknown, callback: (r: unknown) => void) => void) | undefined;
    const session = {
      webRequest: { onHeadersReceived: (l: typeof listener) => (listener = l) },
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
    };
    hardenSession(session as unknown as Session);
    const callback = vi.fn();
    listener?.(
      { responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [contentSecurityPolicy()] },
    });
  });

  it('denies every permission request and check', () => {
    const session = {
      webRequest: { onHeadersReceived: vi.fn() },
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
    };
    hardenSession(session as unknown as Session);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      c: unknown,
      p: string,
      cb: (granted: boolean) => void,
    ) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const cb = vi.fn();
      request({}, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as () => boolean;
    expect(check()).toBe(false);
  });
});

describe('navigation and windows', () => {
  it('recognises only our page as the app', () => {
    const page = 'file:///opt/nuage/out/renderer/index.html';
    expect(isAppUrl('file:///opt/nuage/out/renderer/index.html#/x', page)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', page)).toBe(false);
    expect(isAppUrl('https://evil.example/', page)).toBe(false);
    expect(isAppUrl('http://localhost:5173/src/x', page, 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', page, 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('not a url', page)).toBe(false);
  });

  it('opens only AWS pages externally', () => {
    expect(isSafeExternalUrl('https://aws.amazon.com/lambda/pricing/')).toBe(true);
    expect(isSafeExternalUrl('https://docs.aws.amazon.com/lambda/')).toBe(true);
    expect(isSafeExternalUrl('http://aws.amazon.com/')).toBe(false);
    expect(isSafeExternalUrl('https://aws.amazon.com.evil.example/')).toBe(false);
    expect(isSafeExternalUrl('https://user@aws.amazon.com/')).toBe(false);
    expect(isSafeExternalUrl('file:///etc/passwd')).toBe(false);
  });

  it('guards every web contents: navigation, webviews and new windows are refused', () => {
    let created: ((event: unknown, contents: unknown) => void) | undefined;
    const app = { on: (_name: string, l: typeof created) => (created = l) };
    const openExternal = vi.fn();
    guardAllWebContents(app as unknown as App, openExternal);

    const handlers = new Map<string, (event: { preventDefault: () => void }, url?: string) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    created?.(
      {},
      {
        on: (name: string, l: (event: { preventDefault: () => void }) => void) => handlers.set(name, l),
        setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
      },
    );
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      handlers.get(name)?.(event, 'https://evil.example/');
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
    expect(openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(openHandler?.({ url: 'https://aws.amazon.com/s3/pricing/' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://aws.amazon.com/s3/pricing/']]);
  });
});
