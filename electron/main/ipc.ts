/**
 * The one place main talks IPC. `registerIpcHandlers` gives every channel of
 * shared/ipc.ts one typed handler; each call is checked (sender, then payload) before the
 * handler runs, and whatever happens the renderer gets a Result value back, never a throw
 * (a thrown error loses everything but its message across `invoke`).
 *
 * The host (Electron's `ipcMain`) is passed in, so this file has no runtime Electron import
 * and vitest drives it with a fake host.
 */
import type { IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import {
  ipcRequestSchemas,
  type IpcChannel,
  type IpcError,
  type IpcRequest,
  type IpcResponses,
  type IpcResult,
} from '../../shared/ipc';
import { fail, formatPath, ok } from '../../shared/result';

export type IpcHandler<C extends IpcChannel> = (
  request: IpcRequest<C>,
) => IpcResponses[C] | Promise<IpcResponses[C]>;

export type IpcHandlers = { readonly [C in IpcChannel]: IpcHandler<C> };

/** The subset of Electron's `ipcMain` used here. */
export interface IpcHost {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, payload: unknown) => unknown): void;
  removeHandler(channel: string): void;
}

/** Decides whether an invoke comes from our window's top frame (not an iframe, not another contents). */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

const MAX_ISSUES_IN_MESSAGE = 5;

/**
 * Validates a payload against the channel's zod schema. The message names the channel,
 * the field path and what is wrong: `file:open: path: Invalid input: expected string...`.
 */
export function validateRequest<C extends IpcChannel>(
  channel: C,
  payload: unknown,
): IpcResult<IpcRequest<C>> {
  const schema: z.ZodType = ipcRequestSchemas[channel];
  const parsed = schema.safeParse(payload);
  if (parsed.success) return ok(parsed.data as IpcRequest<C>);
  const parts = parsed.error.issues.slice(0, MAX_ISSUES_IN_MESSAGE).map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const prefix = formatPath(issue.path);
      return issue.keys
        .map((key) => `${prefix === '' ? key : `${prefix}.${key}`}: unexpected field`)
        .join('; ');
    }
    return `${formatPath(issue.path) || '(request)'}: ${issue.message}`;
  });
  return fail({ code: 'invalid_payload', message: `${channel}: ${parts.join('; ')}` });
}

/** Runs one invoke: sender check, validation, handler; every failure becomes a Result. */
export async function dispatch<C extends IpcChannel>(
  channel: C,
  handler: IpcHandler<C>,
  isTrustedSender: SenderCheck,
  event: IpcMainInvokeEvent,
  payload: unknown,
): Promise<IpcResponses[C] | IpcResult<never>> {
  if (!safeCheck(isTrustedSender, event))
    return fail({ code: 'forbidden', message: `${channel}: request from an unknown frame refused` });
  const request = validateRequest(channel, payload);
  if (!request.ok) return request;
  try {
    return await handler(request.value);
  } catch (error) {
    return fail(toIpcError(channel, error));
  }
}

/** Registers every channel's handler; returns the disposer that removes them all. */
export function registerIpcHandlers(
  host: IpcHost,
  handlers: IpcHandlers,
  isTrustedSender: SenderCheck,
): () => void {
  const channels = Object.keys(ipcRequestSchemas) as IpcChannel[];
  for (const channel of channels) {
    host.handle(channel, (event, payload) =>
      dispatch(channel, handlers[channel] as IpcHandler<typeof channel>, isTrustedSender, event, payload),
    );
  }
  return () => channels.forEach((channel) => host.removeHandler(channel));
}

function safeCheck(check: SenderCheck, event: IpcMainInvokeEvent): boolean {
  try {
    return check(event);
  } catch {
    return false; // a destroyed frame or window throws on access: treat it as untrusted
  }
}

function toIpcError(channel: IpcChannel, error: unknown): IpcError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EACCES' || code === 'EPERM')
    return { code: 'io_error', message: `${channel}: permission denied: ${(error as Error).message}` };
  if (code === 'ENOENT')
    return { code: 'io_error', message: `${channel}: file not found: ${(error as Error).message}` };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'io_error', message: `${channel}: ${message}` };
}
