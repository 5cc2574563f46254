/** Memory snapshots of the booted interpreter in Cache Storage, gzipped (31.5 MB raw, about 6.5 MB stored). */
import type { SnapshotStore } from "../runner/python-session";

const CACHE = "drill-python-snapshot";

function keyUrl(key: string): string {
  return new URL(`__python-snapshot__/${encodeURIComponent(key)}`, self.location.href).href;
}

export function cacheSnapshots(): SnapshotStore | null {
  if (typeof caches === "undefined" || typeof CompressionStream === "undefined") return null;
  return {
    async load(key) {
      const response = await (await caches.open(CACHE)).match(keyUrl(key));
      if (!response?.body) return null;
      const raw = response.body.pipeThrough(new DecompressionStream("gzip"));
      return new Uint8Array(await new Response(raw).arrayBuffer());
    },
    async save(key, snapshot) {
      const cache = await caches.open(CACHE);
      for (const old of await cache.keys()) if (old.url !== keyUrl(key)) await cache.delete(old);
      const gzipped = new Blob([snapshot as Uint8Array<ArrayBuffer>])
        .stream()
        .pipeThrough(new CompressionStream("gzip"));
      await cache.put(keyUrl(key), new Response(gzipped));
    },
    async discard(key) {
      await (await caches.open(CACHE)).delete(keyUrl(key));
    },
  };
}
