/**
 * Memory snapshots of the booted interpreter in Cache Storage, stored raw (about 32 MB): reading
 * them back is several times faster than gunzipping the 6.5 MB a compressed copy would take.
 * The cache is opened once, at start-up: the worker's `caches` is removed before candidate code
 * runs. A snapshot is restored only when its SHA-256 matches the one the page recorded.
 */
import type { SnapshotStore } from "../runner/python-session";

const CACHE = "drill-python-snapshot";

function keyUrl(key: string): string {
  return new URL(`__python-snapshot__/${encodeURIComponent(key)}`, self.location.href).href;
}

export function cacheSnapshots(): SnapshotStore | null {
  if (typeof caches === "undefined") return null;
  // opened now, while the worker waits for its boot message: a first open can take 0.1-0.2 s
  const opened = caches.open(CACHE);
  return {
    async load(key) {
      const response = await (await opened).match(keyUrl(key));
      return response ? new Uint8Array(await response.arrayBuffer()) : null;
    },
    async save(key, snapshot) {
      const cache = await opened;
      for (const old of await cache.keys()) if (old.url !== keyUrl(key)) await cache.delete(old);
      await cache.put(keyUrl(key), new Response(snapshot as Uint8Array<ArrayBuffer>));
    },
    async discard(key) {
      await (await opened).delete(keyUrl(key));
    },
  };
}
