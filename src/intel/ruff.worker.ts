// Ruff worker entry: lint and format with Ruff's WebAssembly build, off the page's thread.
import init, * as ruff from "@astral-sh/ruff-wasm-web";
import wasmUrl from "@astral-sh/ruff-wasm-web/ruff_wasm_bg.wasm?url";
import type { RuffRequest, RuffResponse } from "./protocol";
import { RuffEngine } from "./ruff-engine";

const scope = self as unknown as {
  postMessage(m: RuffResponse): void;
  onmessage: ((e: MessageEvent<RuffRequest>) => void) | null;
};

const engine = init({ module_or_path: wasmUrl }).then(() => new RuffEngine(ruff));
engine.catch((e: unknown) =>
  scope.postMessage({ type: "failed", id: null, message: `Ruff could not load: ${String(e)}` }),
);

scope.onmessage = async (e) => {
  const m = e.data;
  let ready: RuffEngine;
  try {
    ready = await engine;
  } catch (err) {
    scope.postMessage({ type: "failed", id: m.id, message: `Ruff could not load: ${String(err)}` });
    return;
  }
  if (m.type === "lint") {
    const started = performance.now();
    try {
      const findings = ready.lint(m.code);
      scope.postMessage({ type: "lint", id: m.id, findings, ms: performance.now() - started });
    } catch (err) {
      scope.postMessage({ type: "failed", id: m.id, message: String(err) });
    }
  } else scope.postMessage({ type: "format", id: m.id, result: ready.format(m.code) });
};
