/**
 * The document store: the Design and its undo history (zundo). Every committed edit is one
 * history entry; a gesture (node drag, group resize) previews positions without recording and
 * records ONE entry when it ends. Selection lives in the UI store, never in history.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { temporal, type TemporalState } from 'zundo';
import type { Design } from '../../../shared/model';

export interface DesignState {
  readonly design: Design;
  /** Applies an edit as one undoable step (no step when `next` is the current design). */
  commit(next: Design): void;
  /** Replaces the document (new/open/restore) and clears the history. */
  replace(next: Design): void;
  /** Starts a gesture: following `preview` calls are not recorded. */
  beginGesture(): void;
  /** Shows an intermediate state of the current gesture (recorded only when it ends). */
  preview(next: Design): void;
  isGesturing(): boolean;
  /** Ends the gesture, recording one step from its start to the current design. */
  endGesture(): void;
  undo(): void;
  redo(): void;
}

export type HistoryState = TemporalState<{ design: Design }>;
export type DesignStore = StoreApi<DesignState> & { temporal: StoreApi<HistoryState> };

export const HISTORY_LIMIT = 200;

export function createDesignStore(initial: Design): DesignStore {
  let gestureStart: Design | null = null;
  const store = createStore<DesignState>()(
    temporal(
      (set, get) => {
        const history = (): HistoryState => (store as DesignStore).temporal.getState();
        const finishGesture = (): void => {
          if (gestureStart === null) return;
          const start = gestureStart;
          const end = get().design;
          gestureStart = null;
          if (start === end) {
            history().resume();
            return;
          }
          set({ design: start });
          history().resume();
          set({ design: end });
        };
        return {
          design: initial,
          commit: (next) => {
            finishGesture();
            set({ design: next });
          },
          replace: (next) => {
            gestureStart = null;
            history().pause();
            set({ design: next });
            history().clear();
            history().resume();
          },
          beginGesture: () => {
            if (gestureStart !== null) return;
            gestureStart = get().design;
            history().pause();
          },
          preview: (next) => set({ design: next }),
          isGesturing: () => gestureStart !== null,
          endGesture: finishGesture,
          undo: () => {
            finishGesture();
            history().undo();
          },
          redo: () => {
            finishGesture();
            history().redo();
          },
        };
      },
      {
        partialize: (state) => ({ design: state.design }),
        equality: (past, current) => past.design === current.design,
        limit: HISTORY_LIMIT,
      },
    ),
  );
  return store as DesignStore;
}
