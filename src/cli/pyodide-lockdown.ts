/**
 * Before candidate code runs in the CLI's Pyodide thread, take away everything that reaches the
 * host: Node's globals (process, require...), the network, code generation from strings (which
 * would bring back `import("node:fs")`, and Emscripten's run_script runs in a scope that holds
 * `require`), Pyodide's host file system mounts and package loading. The caller keeps what it
 * needs (the message port) in its own closure first.
 */
import type { PyodideAPI } from "pyodide";

const NODE_GLOBALS = [
  "process",
  "require",
  "module",
  "exports",
  "__filename",
  "__dirname",
  "Buffer",
  "fetch",
  "WebSocket",
  "EventSource",
  "XMLHttpRequest",
  "BroadcastChannel",
  "Worker",
  "SharedWorker",
  "importScripts",
];

function refuse(what: string): () => never {
  return () => {
    throw new Error(`${what} is not available to code being graded`);
  };
}

function replace(target: object, key: string, value: unknown): void {
  try {
    Object.defineProperty(target, key, { value, writable: false, configurable: false, enumerable: false });
  } catch {
    // a property that cannot be redefined is removed instead
    delete (target as Record<string, unknown>)[key];
  }
}

/** Constructors that compile source text: Function and its async and generator kin. */
function codeConstructors(): object[] {
  const kinds = [() => {}, async () => {}, function* () {}, async function* () {}];
  return kinds.map((f) => Object.getPrototypeOf(f) as object);
}

export function lockDown(py: PyodideAPI, lockImports: () => void): void {
  lockImports();
  const api = py as unknown as Record<string, unknown>;
  // loads nothing: the session then reports a package that is still missing in plain words
  replace(api, "loadPackage", async () => []);
  for (const name of ["loadPackagesFromImports", "mountNodeFS", "mountNativeFS", "unpackArchive"]) {
    replace(api, name, refuse(`pyodide.${name}`));
  }
  const module = api._module as Record<string, unknown> | undefined;
  const fs = (api.FS ?? module?.FS) as { filesystems?: Record<string, unknown> } | undefined;
  if (fs?.filesystems) {
    for (const name of ["NODEFS", "NATIVEFS_ASYNC", "IDBFS", "WORKERFS", "PROXYFS"]) delete fs.filesystems[name];
  }
  if (module) {
    for (const key of Object.keys(module)) {
      if (/run_script|NODEFS|NATIVEFS/i.test(key)) replace(module, key, refuse(key));
    }
  }
  replace(api, "_module", undefined);
  replace(api, "_api", undefined);
  const g = globalThis as unknown as Record<string, unknown>;
  for (const name of NODE_GLOBALS) {
    try {
      delete g[name];
    } catch {
      // non-configurable: overwrite it instead
    }
    if (name in g) replace(g, name, undefined);
  }
  // console's streams hold the thread's internal message port: keep only its bound methods
  const realConsole = console as unknown as Record<string, unknown>;
  const methods = ["log", "info", "warn", "error", "debug", "trace"].map((name) => [
    name,
    (realConsole[name] as (...args: unknown[]) => void).bind(console),
  ]);
  replace(g, "console", Object.freeze(Object.fromEntries(methods)));
  replace(g, "eval", refuse("eval"));
  const blocked = refuse("compiling code from a string");
  for (const proto of codeConstructors()) replace(proto, "constructor", blocked);
  // `Function.prototype.apply` and `x instanceof Function` keep working; calling it does not
  const stub = function blockedFunction() {
    throw new Error("compiling code from a string is not available to code being graded");
  };
  stub.prototype = Function.prototype;
  replace(g, "Function", stub);
}
