/** What the store needs from the offline layer (service worker, Cache Storage); tests pass a fake. */
export interface DownloadProgress {
  done: number;
  total: number;
  bytes: number;
}

export interface CachedFile {
  file: string;
  bytes: number;
}

export interface OfflineClient {
  isOnline(): boolean;
  onOnlineChange(listener: (online: boolean) => void): () => void;
  /** A new version is installed and waiting. */
  onUpdateReady(listener: () => void): () => void;
  /** Switch to the waiting version and reload. */
  applyUpdate(): void;
  /** For each package: are all its wheels (with dependencies) on this device? */
  cachedPackages(packages: string[]): Promise<Record<string, boolean>>;
  /** Download and cache the wheels of these packages and their dependencies. */
  downloadPackages(packages: string[], onProgress: (p: DownloadProgress) => void): Promise<DownloadProgress>;
  listCached(): Promise<CachedFile[]>;
  /** Per package: does the package host answer for its wheel? (One HEAD request each.) */
  probePackageHost(packages: string[]): Promise<HostProbe>;
}

export interface HostProbe {
  reachable: Record<string, boolean>;
  /** Per package: why the host could not be used, in words, when the browser lets us tell (e.g. no CORS headers). */
  problems: Record<string, string>;
}

/** For environments without a service worker (tests, dev server): online, nothing cached. */
export const noOffline: OfflineClient = {
  isOnline: () => true,
  onOnlineChange: () => () => {},
  onUpdateReady: () => () => {},
  applyUpdate: () => {},
  cachedPackages: async (packages) => Object.fromEntries(packages.map((p) => [p, false])),
  downloadPackages: async () => ({ done: 0, total: 0, bytes: 0 }),
  listCached: async () => [],
  probePackageHost: async (packages) => ({
    reachable: Object.fromEntries(packages.map((p) => [p, true])),
    problems: {},
  }),
};
