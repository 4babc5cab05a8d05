import { useEffect, useState } from 'react';

/**
 * Runs a heavy pure computation (a load sweep prices the design a few hundred times) after
 * the view has painted, so opening a tab never freezes the window. The result belongs to
 * (`source`, `key`): a new design object or another key recomputes, and a stale result is
 * never returned.
 */
export function useDeferred<T>(source: object, key: string, compute: () => T): T | null {
  const [state, setState] = useState<{ source: object; key: string; value: T } | null>(null);
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      const value = compute();
      if (!cancelled) setState({ source, key, value });
    }, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // `compute` closes over exactly what `source` and `key` identify.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [source, key]);
  return state !== null && state.source === source && state.key === key ? state.value : null;
}
