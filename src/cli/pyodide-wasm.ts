/** Pyodide's WebAssembly, compiled once per process and handed to every Pyodide thread (shared-wasm.mjs). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { PYODIDE_DIR } from "./paths";

export interface SharedWasm {
  module: WebAssembly.Module;
  /** the bytes' length, by which a thread knows Pyodide's own instantiation of them */
  size: number;
}

let wasm: SharedWasm | null = null;

export function pyodideWasm(): SharedWasm {
  if (!wasm) {
    const bytes = readFileSync(path.join(PYODIDE_DIR, "pyodide.asm.wasm"));
    wasm = { module: new WebAssembly.Module(bytes), size: bytes.byteLength };
  }
  return wasm;
}
