import type { StateCreator } from "zustand";
import type { Draft } from "../domain/progress";
import type { AppState, FullDeps } from "./app-store";
import { storageMessage } from "./progress-slice";

export interface DraftConflict {
  challengeId: string;
  mine: Draft;
  theirs: Draft;
  /** Where "theirs" came from: another tab (the default) or an imported file. */
  source?: "tab" | "import";
}

export interface DraftsSlice {
  drafts: Record<string, Draft>;
  /** Drafts edited here and not yet written. */
  pendingDrafts: string[];
  draftConflict: DraftConflict | null;
  /** Drafts from an imported file that differ from this device's newer-looking ones: one per drill. */
  importConflicts: DraftConflict[];
  /** The code replaced by the last "Reset to starter", for undo. */
  lastReset: { challengeId: string; code: string } | null;
  setCode(challengeId: string, code: string): void;
  /** Write pending drafts now (Ctrl+S, leaving the page). */
  flushDrafts(): Promise<void>;
  /** Copy unsaved drafts synchronously, as the page unloads. */
  mirrorDrafts(): void;
  /** Take back drafts mirrored by an unload that did not finish writing them. */
  rescueDrafts(): void;
  resetToStarter(challengeId: string, starter: string): void;
  undoReset(): void;
  addCustomInput(challengeId: string, expression: string, starter: string): void;
  removeCustomInput(challengeId: string, index: number): void;
  /** Settle the conflict shown for a drill (the tab conflict when no id is given). */
  resolveConflict(keep: "mine" | "theirs", challengeId?: string): Promise<void>;
  /** Keep the import conflicts as they are now, so they outlive a reload until resolved. */
  saveImportConflicts(): Promise<void>;
  /** Take back the import conflicts kept by an earlier page (or another tab). */
  restoreImportConflicts(): Promise<void>;
}

/** Where the import conflicts are kept: the storage's meta store, which imports leave alone. */
export const IMPORT_CONFLICTS_KEY = "importConflicts";

export const draftsSlice =
  (deps: FullDeps): StateCreator<AppState, [], [], DraftsSlice> =>
  (set, get) => {
    const timers = new Map<string, ReturnType<typeof setTimeout>>();
    const writing = new Map<string, Promise<void>>();
    /** One write per drill at a time: the next starts from the revision the last one stored. */
    const write = (id: string): Promise<void> => {
      timers.delete(id);
      const next = (writing.get(id) ?? Promise.resolve()).then(() => writeNow(id));
      writing.set(id, next);
      void next.then(() => {
        if (writing.get(id) === next) writing.delete(id);
      });
      return next;
    };
    const writeNow = async (id: string) => {
      const draft = get().drafts[id];
      if (!draft) return;
      set((s) => ({ pendingDrafts: s.pendingDrafts.filter((p) => p !== id) }));
      try {
        const saved = await deps.storage.saveDraft(draft, draft.rev);
        if (saved.ok) {
          set((s) => {
            const current = s.drafts[id];
            return current ? { drafts: { ...s.drafts, [id]: { ...current, rev: saved.rev } } } : s;
          });
        } else {
          set({ draftConflict: { challengeId: id, mine: draft, theirs: saved.conflict } });
        }
      } catch (e) {
        set({ storageError: storageMessage(e) });
      }
    };
    const schedule = (id: string, delay: number) => {
      clearTimeout(timers.get(id));
      timers.set(
        id,
        setTimeout(() => void write(id), delay),
      );
      set((s) => (s.pendingDrafts.includes(id) ? s : { pendingDrafts: [...s.pendingDrafts, id] }));
    };
    /** Typing is saved after a pause; deliberate actions (reset, inputs) at once. */
    const change = (id: string, patch: Partial<Draft>, starter = "", delay = 0) => {
      set((s) => {
        const base = s.drafts[id] ?? { challengeId: id, code: starter, customInputs: [], updatedAt: 0, rev: 0 };
        return { drafts: { ...s.drafts, [id]: { ...base, ...patch, updatedAt: deps.now() } } };
      });
      schedule(id, delay);
    };
    deps.storage.onExternalChange((c) => {
      if (c.kind !== "draft" || get().pendingDrafts.includes(c.challengeId)) return;
      void deps.storage.load().then((snap) => {
        const theirs = snap.drafts[c.challengeId];
        if (theirs) set((s) => ({ drafts: { ...s.drafts, [c.challengeId]: theirs } }));
      });
    });
    return {
      drafts: {},
      pendingDrafts: [],
      draftConflict: null,
      importConflicts: [],
      lastReset: null,
      setCode: (id, code) => change(id, { code }, "", deps.draftSaveDelayMs),
      mirrorDrafts() {
        const s = get();
        // a write still in flight is lost if the page goes before it commits: mirror it too
        const ids = new Set([...s.pendingDrafts, ...writing.keys()]);
        deps.mirror.save([...ids].map((id) => s.drafts[id]).filter((d): d is Draft => d !== undefined));
      },
      rescueDrafts() {
        for (const d of deps.mirror.take()) {
          const current = get().drafts[d.challengeId];
          if (current && current.updatedAt >= d.updatedAt) continue;
          set((s) => ({ drafts: { ...s.drafts, [d.challengeId]: { ...d, rev: current?.rev ?? d.rev } } }));
          schedule(d.challengeId, 0);
        }
      },
      async flushDrafts() {
        const ids = [...timers.keys()];
        for (const id of ids) clearTimeout(timers.get(id));
        await Promise.all(ids.map(write));
      },
      resetToStarter(id, starter) {
        const code = get().drafts[id]?.code ?? starter;
        set({ lastReset: { challengeId: id, code } });
        change(id, { code: starter }, starter);
      },
      undoReset() {
        const last = get().lastReset;
        if (!last) return;
        set({ lastReset: null });
        change(last.challengeId, { code: last.code });
      },
      addCustomInput(id, expression, starter) {
        const inputs = get().drafts[id]?.customInputs ?? [];
        if (!expression.trim() || inputs.includes(expression)) return;
        change(id, { customInputs: [...inputs, expression] }, starter);
      },
      removeCustomInput(id, index) {
        const inputs = get().drafts[id]?.customInputs ?? [];
        change(id, { customInputs: inputs.filter((_, i) => i !== index) });
      },
      async resolveConflict(keep, challengeId) {
        const tab = get().draftConflict;
        const conflict =
          tab && (challengeId === undefined || tab.challengeId === challengeId)
            ? tab
            : get().importConflicts.find((c) => c.challengeId === challengeId);
        if (!conflict) return;
        if (conflict === tab) set({ draftConflict: null });
        else set((s) => ({ importConflicts: s.importConflicts.filter((c) => c !== conflict) }));
        const chosen = keep === "mine" ? conflict.mine : conflict.theirs;
        try {
          const rev = await deps.storage.forceDraft({ ...chosen, updatedAt: deps.now() });
          set((s) => ({ drafts: { ...s.drafts, [conflict.challengeId]: { ...chosen, rev } } }));
        } catch (e) {
          // nothing was chosen after all: both versions stay on offer
          if (conflict !== tab) set((s) => ({ importConflicts: [...s.importConflicts, conflict] }));
          set({ storageError: storageMessage(e) });
          return;
        }
        if (conflict !== tab) await get().saveImportConflicts();
      },
      async saveImportConflicts() {
        const conflicts = get().importConflicts;
        try {
          await deps.storage.writeMeta(IMPORT_CONFLICTS_KEY, conflicts.length ? conflicts : undefined);
        } catch (e) {
          set({ storageError: storageMessage(e) });
        }
      },
      async restoreImportConflicts() {
        let kept: unknown;
        try {
          kept = await deps.storage.readMeta(IMPORT_CONFLICTS_KEY);
        } catch {
          return; // the drafts themselves are safe; only the offer to choose is not shown
        }
        set({ importConflicts: Array.isArray(kept) ? kept.filter(isImportConflict) : [] });
      },
    };
  };

function isDraft(d: unknown): d is Draft {
  const draft = d as Partial<Draft> | null;
  return (
    typeof draft === "object" &&
    draft !== null &&
    typeof draft.challengeId === "string" &&
    typeof draft.code === "string"
  );
}

function isImportConflict(c: unknown): c is DraftConflict {
  const conflict = c as Partial<DraftConflict> | null;
  return (
    typeof conflict === "object" &&
    conflict !== null &&
    typeof conflict.challengeId === "string" &&
    isDraft(conflict.mine) &&
    isDraft(conflict.theirs) &&
    conflict.source === "import"
  );
}

export function codeFor(s: AppState, id: string, starter: string): string {
  return s.drafts[id]?.code ?? starter;
}
