import { mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcRequest } from '../../../shared/ipc';
import { serializeDesign } from '../../../shared/model/parse';
import { createRecentList } from '../../../electron/main/files/recentList';
import { createRecoveryStore } from '../../../electron/main/files/recovery';
import {
  createHandlers,
  safeFileName,
  withDesignExtension,
  type Dialogs,
} from '../../../electron/main/handlers';
import { designBuilder } from '../../support/designBuilder';

let dir: string;
let dialogs: { showOpen: ReturnType<typeof vi.fn>; showSave: ReturnType<typeof vi.fn> };
let states: IpcRequest<'window:setDocumentState'>[];
let saveOutcomes: boolean[];
let recentChanges: (readonly string[])[];

const goodText = serializeDesign(
  designBuilder('Fraud pipeline')
    .node('Api', 'apiGateway')
    .node('Score', 'lambda')
    .connect('Api', 'Score', 'invoke')
    .build(),
);

function setup(overrides: { writeAtomic?: (path: string, data: string | Uint8Array) => Promise<void> } = {}) {
  return createHandlers({
    dialogs: dialogs as unknown as Dialogs,
    recent: createRecentList(join(dir, 'userData', 'recent.json')),
    recovery: createRecoveryStore(join(dir, 'userData', 'recovery.nuage.json')),
    defaultDirectory: () => join(dir, 'Documents'),
    setDocumentState: (state) => states.push(state),
    onRecentChanged: (paths) => recentChanges.push(paths),
    onSaveOutcome: (saved) => saveOutcomes.push(saved),
    ...overrides,
  });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nuage-handlers-'));
  await writeFile(join(dir, 'placeholder'), '');
  await mkdir(join(dir, 'userData'));
  dialogs = { showOpen: vi.fn(async () => null), showSave: vi.fn(async () => null) };
  states = [];
  saveOutcomes = [];
  recentChanges = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('file:saveDesign', () => {
  it('asks for a path (name from the design, .nuage.json added), writes, and remembers it', async () => {
    const handlers = setup();
    dialogs.showSave.mockResolvedValueOnce(join(dir, 'fraud'));
    const result = await handlers['file:saveDesign']({ text: goodText });
    expect(result).toEqual({ ok: true, value: { path: join(dir, 'fraud.nuage.json') } });
    expect(dialogs.showSave).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: join(dir, 'Documents', 'Fraud pipeline.nuage.json') }),
    );
    expect(await readFile(join(dir, 'fraud.nuage.json'), 'utf8')).toBe(goodText);
    expect(recentChanges.at(-1)).toEqual([join(dir, 'fraud.nuage.json')]);
    expect(saveOutcomes).toEqual([true]);
  });

  it('saves again to the same path without a dialog once the user chose it', async () => {
    const handlers = setup();
    const path = join(dir, 'a.nuage.json');
    dialogs.showSave.mockResolvedValueOnce(path);
    await handlers['file:saveDesign']({ text: goodText });
    const second = goodText.replace('Fraud pipeline', 'Fraud v2');
    expect(await handlers['file:saveDesign']({ text: second, path })).toEqual({ ok: true, value: { path } });
    expect(dialogs.showSave).toHaveBeenCalledTimes(1);
    expect(await readFile(path, 'utf8')).toBe(second);
  });

  it('refuses an invalid design before any dialog or write, naming the first issue path', async () => {
    const handlers = setup();
    const path = join(dir, 'good.nuage.json');
    dialogs.showSave.mockResolvedValueOnce(path);
    await handlers['file:saveDesign']({ text: goodText });
    const corrupt = JSON.parse(goodText) as { nodes: { id: string }[] };
    corrupt.nodes[1]!.id = 'not valid!';
    const result = await handlers['file:saveDesign']({ text: JSON.stringify(corrupt), path });
    expect(result).toEqual({
      ok: false,
      issues: {
        code: 'invalid_design',
        message: expect.stringMatching(/^Design not saved: nodes\[1\]\.id: /),
      },
    });
    expect(await readFile(path, 'utf8')).toBe(goodText); // the good file is untouched
    expect(dialogs.showSave).toHaveBeenCalledTimes(1);
    expect(saveOutcomes).toEqual([true, false]);
  });

  it('refuses a design too large to be opened again', async () => {
    const huge = goodText.replace('"notes": ""', `"notes": "${'x'.repeat(50 * 1024 * 1024)}"`);
    expect(huge.length).toBeGreaterThan(50 * 1024 * 1024);
    const result = await setup()['file:saveDesign']({ text: huge });
    expect(result.ok ? '' : result.issues.message).toMatch(/larger than 50 MB/);
    expect(dialogs.showSave).not.toHaveBeenCalled();
  });

  it('refuses text that is not JSON at all', async () => {
    const result = await setup()['file:saveDesign']({ text: '{"schemaVersion": 1,' });
    expect(result.ok ? '' : result.issues.message).toMatch(/^Design not saved: \(document\): Not valid JSON/);
    expect(dialogs.showSave).not.toHaveBeenCalled();
  });

  it('refuses to write a path the user never chose', async () => {
    const target = join(dir, 'placeholder');
    const result = await setup()['file:saveDesign']({ text: goodText, path: target });
    expect(result.ok ? '' : result.issues.code).toBe('forbidden');
    expect(await readFile(target, 'utf8')).toBe('');
  });

  it('keeps the old file when the write fails, and reports the failure', async () => {
    const path = join(dir, 'a.nuage.json');
    await writeFile(path, 'old');
    dialogs.showSave.mockResolvedValueOnce(path);
    const handlers = setup({
      writeAtomic: async () => {
        throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
      },
    });
    await expect(handlers['file:saveDesign']({ text: goodText })).rejects.toThrow(/EROFS/);
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(saveOutcomes).toEqual([false]);
  });

  it('reports a cancelled dialog as cancelled', async () => {
    const result = await setup()['file:saveDesign']({ text: goodText, saveAs: true });
    expect(result).toEqual({ ok: false, issues: { code: 'cancelled', message: expect.any(String) } });
    expect(saveOutcomes).toEqual([false]);
  });
});

describe('file:open', () => {
  it('opens what the user picked, lists designs in Open Recent, and reopens them by path', async () => {
    const path = join(dir, 'a.nuage.json');
    await writeFile(path, goodText);
    const handlers = setup();
    dialogs.showOpen.mockResolvedValueOnce(path);
    expect(await handlers['file:open']({})).toEqual({ ok: true, value: { path, text: goodText } });
    expect(await handlers['recent:list']({})).toEqual({ ok: true, value: { paths: [path] } });
    // A new session (fresh allow-list) may still open it: it is in the recent list.
    expect((await setup()['file:open']({ path })).ok).toBe(true);
  });

  it('opens an imported template but keeps it out of Open Recent', async () => {
    const path = join(dir, 'stack.yaml');
    await writeFile(path, 'Resources: {}\n');
    const handlers = setup();
    dialogs.showOpen.mockResolvedValueOnce(path);
    const filters = [{ name: 'CloudFormation', extensions: ['yaml', 'yml', 'json'] }];
    expect(await handlers['file:open']({ filters })).toEqual({
      ok: true,
      value: { path, text: 'Resources: {}\n' },
    });
    expect(dialogs.showOpen).toHaveBeenCalledWith({ filters });
    expect(await handlers['recent:list']({})).toEqual({ ok: true, value: { paths: [] } });
  });

  it('refuses a path that was neither picked nor recent', async () => {
    const result = await setup()['file:open']({ path: '/etc/passwd' });
    expect(result).toEqual({
      ok: false,
      issues: { code: 'forbidden', message: expect.stringContaining('/etc/passwd') },
    });
  });

  it('refuses a file above 50 MB with a clear message', async () => {
    const path = join(dir, 'huge.nuage.json');
    await writeFile(path, '');
    await truncate(path, 60 * 1024 * 1024);
    dialogs.showOpen.mockResolvedValueOnce(path);
    await expect(setup()['file:open']({})).rejects.toThrow(/is 60\.0 MB; Nuage opens files up to 50\.0 MB/);
  });

  it('drops a recent file that no longer exists', async () => {
    const path = join(dir, 'gone.nuage.json');
    await writeFile(path, goodText);
    const handlers = setup();
    dialogs.showOpen.mockResolvedValueOnce(path);
    await handlers['file:open']({});
    await rm(path);
    const result = await handlers['file:open']({ path });
    expect(result.ok ? '' : result.issues.message).toContain('no longer exists');
    expect(recentChanges.at(-1)).toEqual([]);
  });

  it('reports a cancelled dialog', async () => {
    expect((await setup()['file:open']({})).ok).toBe(false);
  });
});

describe('file:export', () => {
  it('writes text and base64 content to the chosen path', async () => {
    const handlers = setup();
    dialogs.showSave.mockResolvedValueOnce(join(dir, 'cost.csv')).mockResolvedValueOnce(join(dir, 'd.png'));
    const csv = await handlers['file:export']({
      suggestedName: 'cost.csv',
      filters: [],
      content: 'a,b\n1,2\n',
      encoding: 'utf8',
    });
    expect(csv).toEqual({ ok: true, value: { path: join(dir, 'cost.csv') } });
    expect(await readFile(join(dir, 'cost.csv'), 'utf8')).toBe('a,b\n1,2\n');
    await handlers['file:export']({
      suggestedName: 'd.png',
      filters: [],
      content: 'iVBORw==',
      encoding: 'base64',
    });
    expect([...(await readFile(join(dir, 'd.png')))]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('refuses malformed base64 and keeps the suggested name inside the default folder', async () => {
    const handlers = setup();
    const bad = await handlers['file:export']({
      suggestedName: 'd.png',
      filters: [],
      content: 'not base64!',
      encoding: 'base64',
    });
    expect(bad.ok ? '' : bad.issues.message).toBe('file:export: content: not valid base64');
    await handlers['file:export']({
      suggestedName: '../../etc/cron.d/x',
      filters: [],
      content: '',
      encoding: 'utf8',
    });
    expect(dialogs.showSave).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: join(dir, 'Documents', 'x') }),
    );
  });
});

describe('recovery and window channels', () => {
  it('write, read (with mtime), clear', async () => {
    const handlers = setup();
    expect(await handlers['recovery:read']({})).toEqual({ ok: true, value: null });
    await handlers['recovery:write']({ text: goodText });
    const read = await handlers['recovery:read']({});
    expect(read.ok && read.value?.text).toBe(goodText);
    expect(read.ok && typeof read.value?.savedAt).toBe('string');
    await handlers['recovery:clear']({});
    expect(await handlers['recovery:read']({})).toEqual({ ok: true, value: null });
    expect(await readdir(join(dir, 'userData'))).toEqual([]);
  });

  it('forwards the document state to the window', async () => {
    await setup()['window:setDocumentState']({ name: 'Fraud', dirty: true });
    expect(states).toEqual([{ name: 'Fraud', dirty: true }]);
  });
});

describe('file names', () => {
  it('keeps only a safe file name', () => {
    expect(safeFileName('../a/b:c*?.csv')).toBe('bc.csv');
    expect(safeFileName('..')).toBe('Untitled');
    expect(safeFileName('  ')).toBe('Untitled');
    expect(safeFileName('Pipeline fraude été')).toBe('Pipeline fraude été');
  });
  it('adds .nuage.json unless the name ends in .json', () => {
    expect(withDesignExtension('/d/fraud')).toBe('/d/fraud.nuage.json');
    expect(withDesignExtension('/d/fraud.nuage.json')).toBe('/d/fraud.nuage.json');
    expect(withDesignExtension('/d/fraud.JSON')).toBe('/d/fraud.JSON');
  });
});
