// For a Pyodide thread's entry: instantiate the WebAssembly module its host compiled once
// (pyodide-wasm.ts) instead of compiling the bytes again. A thread that compiled its own paid
// again for the code V8 compiles and optimises as Python runs. Only Pyodide's own instantiation
// of those bytes (before any candidate code) is swapped, once.
export function instantiateSharedWasm(wasm) {
  if (!wasm) return;
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = async (source, imports) => {
    if (source instanceof WebAssembly.Module || source?.byteLength !== wasm.size) {
      return instantiate(source, imports);
    }
    WebAssembly.instantiate = instantiate;
    return { module: wasm.module, instance: await instantiate(wasm.module, imports) };
  };
}
