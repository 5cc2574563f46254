/**
 * After every run, is the interpreter still fit to grade the next one? Checked from outside the
 * candidate's reach: the record of the harness taken at boot (drill/integrity.py) is held here,
 * and the Python functions that compare against it are themselves checked first (their code and
 * defaults must be the very objects they were at boot), so patching the checker is found too.
 */
import type { PyodideAPI } from "pyodide";
import type { Retire } from "./protocol";

type PyObject = {
  destroy?: () => void;
  (...args: unknown[]): unknown;
} & Record<string, unknown>;

/** Wasm memory past this after a run: the interpreter is replaced (wasm memory never shrinks). */
const MEMORY_LIMIT_BYTES = 1024 * 1024 * 1024;
const CHECKER_FUNCTIONS = ["_flat", "_cell", "_walk", "_contents", "cache_record", "changed"];
const FUNCTION_PARTS = ["__code__", "__defaults__", "__kwdefaults__"];

export class IntegrityGuard {
  private readonly is: PyObject;
  private readonly changed: PyObject;
  private readonly cacheRecord: PyObject;
  private readonly baseline: PyObject;
  /** [function, and its parts at boot] for each checker function. */
  private readonly roots: { fn: PyObject; parts: PyObject[] }[];
  private cache: PyObject | null = null;
  /** The last run's record of the cache, which its check found intact: reused while it holds. */
  private previous: PyObject | null = null;

  constructor(private readonly py: PyodideAPI) {
    const integrity = py.pyimport("drill.integrity") as unknown as PyObject;
    this.is = (py.pyimport("operator") as unknown as PyObject).is_ as PyObject;
    this.roots = CHECKER_FUNCTIONS.map((name) => {
      const fn = integrity[name] as PyObject;
      return { fn, parts: FUNCTION_PARTS.map((p) => fn[p] as PyObject) };
    });
    this.changed = integrity.changed as PyObject;
    this.cacheRecord = integrity.cache_record as PyObject;
    this.baseline = (integrity.baseline as PyObject)() as PyObject;
  }

  /** Called as a run starts: the harness may set its caches afresh before the candidate's code runs. */
  newRun(): void {
    if (this.cache) {
      if (this.previous !== this.cache) this.previous?.destroy?.();
      this.previous = this.cache;
    }
    this.cache = null;
  }

  /** Called when the harness announces its first test: its caches are set for this run by now. */
  recordCaches(): void {
    this.cache?.destroy?.();
    this.cache = (this.previous ? this.cacheRecord(this.previous) : this.cacheRecord()) as PyObject;
  }

  /**
   * Why this interpreter must not grade again, or null when it is as it was at boot. `beforeRun`:
   * checked as a run starts, against the last run's record of the cache (nothing may change it
   * between runs); otherwise as a run ends, against this run's.
   */
  check(beforeRun = false): Retire | null {
    const memory = this.memoryBytes();
    if (memory > MEMORY_LIMIT_BYTES) {
      return { reason: "memory", detail: `${Math.round(memory / 2 ** 20)} MB of memory in use` };
    }
    try {
      for (const { fn, parts } of this.roots) {
        for (const [i, name] of FUNCTION_PARTS.entries()) {
          // (not destroyed: Pyodide may hand out the same proxy for the same attribute)
          if (this.is(fn[name], parts[i]) !== true)
            return { reason: "tampered", detail: "the grader's own checks were changed" };
        }
      }
      for (const record of [this.baseline, beforeRun ? this.previous : this.cache]) {
        if (!record) continue;
        const change = this.changed(record);
        if (typeof change === "string") return { reason: "tampered", detail: change };
      }
      return null;
    } catch (e) {
      const last = (e as Error).message.trim().split("\n").pop() ?? "";
      return { reason: "tampered", detail: `the check itself failed: ${last.slice(0, 200)}` };
    }
  }

  private memoryBytes(): number {
    const module = (this.py as unknown as { _module?: { HEAPU8?: Uint8Array } })._module;
    return module?.HEAPU8?.byteLength ?? 0;
  }
}
