/**
 * The worker's global scope, taken apart before any candidate code runs. Python in Pyodide can
 * reach every global of this worker (`import js`), so what it must not use is removed here, from
 * the scope and from every prototype on its chain (a getOwnPropertyDescriptor would bring a
 * prototype's copy back): storage (IndexedDB, Cache Storage, OPFS), the network (XHR, WebSocket,
 * EventSource, WebTransport, BroadcastChannel, importScripts), nested workers, close, and the
 * ways to talk to the page or to replace the message handler. What the worker itself still
 * needs is captured first: postMessage, and a fetch that only reaches the package sources and
 * only while packages are loading (loadPackage looks `fetch` up globally). The CSP stops
 * connections elsewhere as well.
 */

const REMOVED = [
  "indexedDB",
  "caches",
  "XMLHttpRequest",
  "WebSocket",
  "WebSocketStream",
  "WebTransport",
  "EventSource",
  "BroadcastChannel",
  "importScripts",
  "Worker",
  "SharedWorker",
  "close",
  "postMessage",
  "addEventListener",
  "removeEventListener",
  "dispatchEvent",
  "onmessage",
  "onmessageerror",
  "onerror",
  "fetchLater",
  "IDBFactory",
  "CacheStorage",
  "ServiceWorkerContainer",
  "StorageManager",
];

export interface Lockdown {
  /** Opens or closes the gated fetch (open only while packages download). */
  network(open: boolean): void;
}

/**
 * Removes what candidate code must not use; `onMessage` stays the one, frozen, message handler.
 * `allowed` are the URL prefixes the gated fetch may reach (Pyodide's files and the package source).
 */
export function lockDown(onMessage: (e: MessageEvent) => void, allowed: string[]): Lockdown {
  const scope = globalThis as unknown as Record<string, unknown>;
  const realFetch = globalThis.fetch.bind(globalThis);
  let open = false;
  const gatedFetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url, location.href).href;
    if (!open || !allowed.some((prefix) => url.startsWith(prefix))) {
      return Promise.reject(new TypeError("Network access is not available to code under grading"));
    }
    return realFetch(input, init);
  };
  // register the handler through the real setter, then make the setter unreachable
  (globalThis as unknown as { onmessage: unknown }).onmessage = onMessage;
  for (let o: object | null = globalThis; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    for (const name of [...REMOVED, "fetch"]) {
      // EventTarget's methods serve every event target Pyodide uses: shadowed on the scope below
      if (o === EventTarget.prototype) continue;
      if (Object.getOwnPropertyDescriptor(o, name)?.configurable) Reflect.deleteProperty(o, name);
    }
  }
  const navigatorObject = scope.navigator as Record<string, unknown> | undefined;
  for (let o: object | null = navigatorObject ?? null; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    for (const name of ["storage", "serviceWorker", "locks", "sendBeacon"]) {
      if (Object.getOwnPropertyDescriptor(o, name)?.configurable) Reflect.deleteProperty(o, name);
    }
  }
  Object.defineProperty(globalThis, "fetch", { value: gatedFetch, writable: false, configurable: false });
  for (const name of ["onmessage", "postMessage", "addEventListener", "removeEventListener", "close"]) {
    const value = name === "onmessage" ? onMessage : undefined;
    Object.defineProperty(globalThis, name, { value, writable: false, configurable: false });
  }
  return {
    network(next) {
      open = next;
    },
  };
}
