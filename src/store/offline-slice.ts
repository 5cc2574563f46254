import type { StateCreator } from "zustand";
import type { AppState } from "./app-store";
import type { CachedFile, DownloadProgress, OfflineClient } from "./offline-client";

export interface OfflineSlice {
  online: boolean;
  updateReady: boolean;
  /** Per package: are its wheels on this device? Unknown until checked. */
  packagesCached: Record<string, boolean>;
  download: (DownloadProgress & { error?: string; finished: boolean }) | null;
  cachedFiles: CachedFile[];
  applyUpdate(): void;
  refreshOffline(): Promise<void>;
  makeAvailableOffline(): Promise<void>;
}

export const offlineSlice =
  (offline: OfflineClient): StateCreator<AppState, [], [], OfflineSlice> =>
  (set, get) => {
    offline.onOnlineChange((online) => set({ online }));
    offline.onUpdateReady(() => set({ updateReady: true }));
    const allPackages = () => [...new Set(get().challenges.flatMap((c) => c.packages))].sort();
    return {
      online: offline.isOnline(),
      updateReady: false,
      packagesCached: {},
      download: null,
      cachedFiles: [],
      applyUpdate: () => offline.applyUpdate(),
      async refreshOffline() {
        try {
          const [packagesCached, cachedFiles] = await Promise.all([
            offline.cachedPackages(allPackages()),
            offline.listCached(),
          ]);
          set({ packagesCached, cachedFiles });
        } catch {
          // no lock file or Cache Storage: nothing is known to be cached
        }
      },
      async makeAvailableOffline() {
        set({ download: { done: 0, total: 0, bytes: 0, finished: false } });
        try {
          const final = await offline.downloadPackages(allPackages(), (p) =>
            set({ download: { ...p, finished: false } }),
          );
          set({ download: { ...final, finished: true } });
        } catch (e) {
          set((s) => ({
            download: {
              ...(s.download ?? { done: 0, total: 0, bytes: 0 }),
              finished: true,
              error: (e as Error).message,
            },
          }));
        }
        await get().refreshOffline();
      },
    };
  };

/** Packages of a drill that cannot load now: offline and not on this device. */
export function unavailablePackages(s: AppState, packages: string[]): string[] {
  if (s.online) return [];
  return packages.filter((p) => !s.packagesCached[p]);
}
