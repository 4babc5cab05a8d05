/**
 * Expected failures are values, not exceptions. Every issue names what is wrong and where.
 *
 * @example
 * const r = parseDesign(json);
 * if (!r.ok) console.log(r.issues.map((i) => `${i.path}: ${i.message}`));
 */
export interface Issue {
  /** Machine-readable code, e.g. `invalid_type`, `unknown_service`, `duplicate_id`. */
  readonly code: string;
  /** Human-readable message naming the problem. */
  readonly message: string;
  /** JSON path of the offending value, e.g. `nodes[3].config.memoryMb` ('' for the root). */
  readonly path: string;
}

export type Result<T, E = readonly Issue[]> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <E = readonly Issue[]>(issues: E): Result<never, E> => ({ ok: false, issues });

/** Formats a path array from zod (`['nodes', 3, 'id']`) as `nodes[3].id`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}
