import type { StateCreator } from "zustand";
import { type Availability, drillAvailability, type PackageHostState } from "../domain/availability";
import type { AppState } from "./app-store";
import type { CachedFile, DownloadProgress, OfflineClient } from "./offline-client";

export interface OfflineSlice {
  online: boolean;
  updateReady: boolean;
  /** Per package: are its wheels on this device? Unknown until checked. */
  packagesCached: Record<string, boolean>;
  download: (DownloadProgress & { error?: string; finished: boolean }) | null;
  cachedFiles: CachedFile[];
  /** Whether the package host answered for every package when last checked (once per time online, or on retry). */
  packageHost: PackageHostState;
  /** Per package: did the host answer for its wheel when last checked? */
  packagesReachable: Record<string, boolean>;
  /** Per package: why the host could not be used when last checked, in words, if the browser let us tell. */
  packageHostProblems: Record<string, string>;
  /** Ask the package host once more (the "Check again" button; also after coming back online). */
  checkPackageHost(): Promise<void>;
  applyUpdate(): void;
  refreshOffline(): Promise<void>;
  makeAvailableOffline(): Promise<void>;
}

export const offlineSlice =
  (offline: OfflineClient): StateCreator<AppState, [], [], OfflineSlice> =>
  (set, get) => {
    offline.onOnlineChange((online) => {
      set({ online });
      if (online) void get().checkPackageHost();
    });
    offline.onUpdateReady(() => set({ updateReady: true }));
    const allPackages = () => [...new Set(get().challenges.flatMap((c) => c.packages))].sort();
    return {
      online: offline.isOnline(),
      updateReady: false,
      packagesCached: {},
      download: null,
      cachedFiles: [],
      packageHost: "unknown",
      packagesReachable: {},
      packageHostProblems: {},
      async checkPackageHost() {
        if (!get().online || get().packageHost === "checking") return;
        set({ packageHost: "checking" });
        // packages already on this device do not depend on the host
        const packages = allPackages().filter((p) => !get().packagesCached[p]);
        const { reachable, problems } = await offline
          .probePackageHost(packages)
          .catch(() => ({ reachable: Object.fromEntries(packages.map((p) => [p, false])), problems: {} }));
        set({
          packagesReachable: reachable,
          packageHostProblems: problems,
          packageHost: packages.every((p) => reachable[p] !== false) ? "ok" : "unreachable",
        });
      },
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

/** Whether a drill with these packages can run now, and if not, why. */
export function availabilityOf(s: AppState, packages: readonly string[]): Availability {
  return drillAvailability(packages, {
    online: s.online,
    cached: s.packagesCached,
    reachable: s.packagesReachable,
    hostProblems: s.packageHostProblems,
  });
}

export function isRunnable(s: AppState, packages: readonly string[]): boolean {
  return availabilityOf(s, packages).runnable;
}

/** Packages of a drill that cannot load now (offline, or the package host does not answer) and are not on this device. */
export function unavailablePackages(s: AppState, packages: string[]): string[] {
  const a = availabilityOf(s, packages);
  return a.runnable ? [] : a.missing;
}
