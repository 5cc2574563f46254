import type { StateCreator } from "zustand";
import type { AppState } from "./app-store";

export interface DraftsSlice {
  /** The candidate's code per challenge id; absent means the starter. */
  drafts: Record<string, string>;
  setDraft(id: string, code: string): void;
  resetDraft(id: string): void;
}

export const draftsSlice: StateCreator<AppState, [], [], DraftsSlice> = (set) => ({
  drafts: {},
  setDraft: (id, code) => set((s) => ({ drafts: { ...s.drafts, [id]: code } })),
  resetDraft: (id) =>
    set((s) => {
      const { [id]: _dropped, ...rest } = s.drafts;
      return { drafts: rest };
    }),
});

export function codeFor(s: AppState, id: string, starter: string): string {
  return s.drafts[id] ?? starter;
}
