/** Ruff's WebAssembly build, initialised synchronously in Node for the lint tests. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as ruff from "@astral-sh/ruff-wasm-web";
import { RuffEngine } from "../../src/intel/ruff-engine";

const wasm = createRequire(import.meta.url).resolve("@astral-sh/ruff-wasm-web/ruff_wasm_bg.wasm");

export function ruffEngine(): RuffEngine {
  ruff.initSync({ module: readFileSync(wasm) });
  return new RuffEngine(ruff);
}
