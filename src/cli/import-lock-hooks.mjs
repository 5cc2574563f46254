// Module hooks for the Pyodide worker thread: once the worker is locked (word 0 of the shared
// flag is 1), no module can be resolved any more, so code evaluated from a string (an escaped
// `import("node:fs")`) cannot load Node's built-in modules.
let locked = null;

export function initialize(data) {
  locked = new Int32Array(data.flag);
}

export async function resolve(specifier, context, next) {
  if (locked && Atomics.load(locked, 0) === 1) {
    throw new Error(`module loading is disabled while candidate code runs (${specifier})`);
  }
  return next(specifier, context);
}
