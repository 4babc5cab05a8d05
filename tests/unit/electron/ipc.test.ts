import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { ipcRequestSchemas, type IpcChannel } from '../../../shared/ipc';
import { ok } from '../../../shared/result';
import { dispatch, registerIpcHandlers, validateRequest, type IpcHandlers } from '../../../electron/main/ipc';

const event = {} as IpcMainInvokeEvent;
const trusted = (): boolean => true;
const big = (n: number): string => 'x'.repeat(n);

/** For each channel: payloads that must be refused, and the field the message must name. */
const malformed: { [C in IpcChannel]: readonly { payload: unknown; field: string }[] } = {
  'file:open': [
    { payload: { path: 42 }, field: 'path' },
    { payload: { path: '' }, field: 'path' },
    { payload: { path: big(4097) }, field: 'path' },
    { payload: { filters: [{ name: 'x', extensions: ['../etc'] }] }, field: 'filters[0].extensions[0]' },
    { payload: { filters: 'json' }, field: 'filters' },
    { payload: { path: '/a', evil: true }, field: 'evil' },
  ],
  'file:saveDesign': [
    { payload: {}, field: 'text' },
    { payload: { text: 1 }, field: 'text' },
    { payload: { text: '{}', saveAs: 'yes' }, field: 'saveAs' },
    { payload: { text: '{}', suggestedName: big(256) }, field: 'suggestedName' },
    { payload: { text: '{}', overwrite: true }, field: 'overwrite' },
  ],
  'file:export': [
    { payload: { suggestedName: '', filters: [], content: '', encoding: 'utf8' }, field: 'suggestedName' },
    { payload: { suggestedName: 'a.csv', filters: [], content: '', encoding: 'latin1' }, field: 'encoding' },
    { payload: { suggestedName: 'a.csv', filters: [], content: 5, encoding: 'utf8' }, field: 'content' },
    {
      payload: {
        suggestedName: 'a.csv',
        filters: Array(11).fill({ name: 'c', extensions: ['csv'] }),
        content: '',
        encoding: 'utf8',
      },
      field: 'filters',
    },
    {
      payload: { suggestedName: 'a.csv', filters: [], content: '', encoding: 'utf8', path: '/etc/x' },
      field: 'path',
    },
  ],
  'recent:list': [{ payload: { limit: 3 }, field: 'limit' }],
  'recovery:write': [
    { payload: { text: null }, field: 'text' },
    { payload: { text: '', at: 1 }, field: 'at' },
  ],
  'recovery:read': [{ payload: { path: '/tmp/x' }, field: 'path' }],
  'recovery:clear': [{ payload: { force: true }, field: 'force' }],
  'window:setDocumentState': [
    { payload: { name: 'a', dirty: 'yes' }, field: 'dirty' },
    { payload: { name: big(501), dirty: false }, field: 'name' },
    { payload: { dirty: false }, field: 'name' },
    { payload: { name: 'a', dirty: false, title: 'x' }, field: 'title' },
  ],
};

const valid: { [C in IpcChannel]: unknown } = {
  'file:open': {
    path: '/home/u/a.nuage.json',
    filters: [{ name: 'Templates', extensions: ['yaml', 'json'] }],
  },
  'file:saveDesign': { text: '{}', saveAs: true, suggestedName: 'Fraud' },
  'file:export': {
    suggestedName: 'a.png',
    filters: [{ name: 'PNG', extensions: ['png'] }],
    content: 'AA==',
    encoding: 'base64',
  },
  'recent:list': {},
  'recovery:write': { text: '{}' },
  'recovery:read': {},
  'recovery:clear': {},
  'window:setDocumentState': { name: 'Fraud', dirty: true, path: '/home/u/a.nuage.json' },
};

describe('validateRequest', () => {
  it('covers every channel of the contract', () => {
    expect(Object.keys(malformed).sort()).toEqual(Object.keys(ipcRequestSchemas).sort());
  });

  for (const channel of Object.keys(malformed) as IpcChannel[]) {
    it(`${channel}: refuses malformed payloads naming the field`, () => {
      for (const { payload, field } of malformed[channel]) {
        const result = validateRequest(channel, payload);
        expect(result.ok, JSON.stringify(payload).slice(0, 80)).toBe(false);
        if (result.ok) continue;
        expect(result.issues.code).toBe('invalid_payload');
        expect(result.issues.message.startsWith(`${channel}: `)).toBe(true);
        expect(result.issues.message).toContain(`${field}:`);
      }
    });

    it(`${channel}: refuses a payload that is not an object`, () => {
      for (const payload of [undefined, null, 'x', 3, []]) {
        const result = validateRequest(channel, payload);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues.message).toContain(`${channel}: (request): `);
      }
    });

    it(`${channel}: accepts a valid payload unchanged`, () => {
      expect(validateRequest(channel, valid[channel])).toEqual(ok(valid[channel]));
    });
  }
});

describe('dispatch', () => {
  it('refuses an untrusted sender before validating or running anything', async () => {
    const handler = vi.fn();
    const result = await dispatch('recent:list', handler, () => false, event, {});
    expect(result).toEqual({
      ok: false,
      issues: { code: 'forbidden', message: expect.stringContaining('recent:list') },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('treats a sender check that throws (destroyed frame) as untrusted', async () => {
    const result = await dispatch(
      'recent:list',
      vi.fn(),
      () => {
        throw new Error('Object has been destroyed');
      },
      event,
      {},
    );
    expect(result.ok ? '' : result.issues.code).toBe('forbidden');
  });

  it('does not run the handler for an invalid payload', async () => {
    const handler = vi.fn();
    const result = await dispatch('recovery:write', handler, trusted, event, { text: 3 });
    expect(result.ok ? '' : result.issues.code).toBe('invalid_payload');
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes the parsed request to the handler and returns its result', async () => {
    const handler = vi.fn(async () => ok({ paths: ['/a'] }));
    expect(await dispatch('recent:list', handler, trusted, event, {})).toEqual(ok({ paths: ['/a'] }));
    expect(handler).toHaveBeenCalledWith({});
  });

  it('turns a thrown error into an io_error Result', async () => {
    const failing = async () => {
      throw Object.assign(new Error('EACCES: permission denied, open /x'), { code: 'EACCES' });
    };
    const result = await dispatch('recovery:write', failing, trusted, event, { text: '' });
    expect(result).toEqual({
      ok: false,
      issues: { code: 'io_error', message: expect.stringMatching(/^recovery:write: permission denied/) },
    });
  });
});

describe('registerIpcHandlers', () => {
  it('registers one handler per channel, routes through dispatch, and disposes them all', async () => {
    const registered = new Map<string, (e: IpcMainInvokeEvent, p: unknown) => unknown>();
    const host = {
      handle: (channel: string, listener: (e: IpcMainInvokeEvent, p: unknown) => unknown) => {
        registered.set(channel, listener);
      },
      removeHandler: (channel: string) => {
        registered.delete(channel);
      },
    };
    const handlers = Object.fromEntries(
      Object.keys(ipcRequestSchemas).map((c) => [c, vi.fn(async () => ok(null))]),
    ) as unknown as IpcHandlers;
    const dispose = registerIpcHandlers(host, handlers, trusted);
    expect([...registered.keys()].sort()).toEqual(Object.keys(ipcRequestSchemas).sort());

    expect(await registered.get('recovery:clear')?.(event, {})).toEqual(ok(null));
    const refused = (await registered.get('recovery:clear')?.(event, { all: true })) as { ok: boolean };
    expect(refused.ok).toBe(false);
    expect(handlers['recovery:clear']).toHaveBeenCalledTimes(1);

    dispose();
    expect(registered.size).toBe(0);
  });
});
