/**
 * Did the run change the grader while it graded? Every run has an interpreter of its own (the
 * worker is discarded afterwards), so this guards the run itself: code that rewrote the harness,
 * its comparators or the cached tests module to pass its own tests is found after the run and
 * the run does not count. Checked from outside the candidate's reach: the record of the harness
 * taken at boot (drill/integrity.py) is held here, and the Python functions that compare against
 * it are themselves checked first (their code and defaults must be the very objects they were at
 * boot), so patching the checker is found too.
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
  private readonly cacheModules: PyObject;
  private readonly sameCache: PyObject;
  /** [function, and its parts at boot] for each checker function. */
  private readonly roots: { fn: PyObject; parts: PyObject[] }[];
  private cache: PyObject | null = null;
  /** The cached modules `cache` was recorded of (held, so none can be freed and its id reused). */
  private cached: PyObject | null = null;

  constructor(private readonly py: PyodideAPI) {
    const integrity = py.pyimport("drill.integrity") as unknown as PyObject;
    this.is = (py.pyimport("operator") as unknown as PyObject).is_ as PyObject;
    this.roots = CHECKER_FUNCTIONS.map((name) => {
      const fn = integrity[name] as PyObject;
      return { fn, parts: FUNCTION_PARTS.map((p) => fn[p] as PyObject) };
    });
    this.changed = integrity.changed as PyObject;
    this.cacheRecord = integrity.cache_record as PyObject;
    this.cacheModules = integrity.cache_modules as PyObject;
    this.sameCache = integrity.same_cache as PyObject;
    this.baseline = (integrity.baseline as PyObject)() as PyObject;
  }

  /** Records the harness's cache: after a prepare, or when a run's first test starts. */
  recordCaches(): void {
    this.cache?.destroy?.();
    this.cached?.destroy?.();
    this.cache = this.cacheRecord() as PyObject;
    this.cached = this.cacheModules() as PyObject;
  }

  /**
   * Called when the harness announces a run's first test (its caches are set for the run by now,
   * and no candidate code has run yet): a cache that still holds the very modules recorded at the
   * prepare has had nothing but the harness touch it since, so that record stands.
   */
  recordCachesUnlessSame(): void {
    if (this.cached && this.sameCache(this.cached) === true) return;
    this.recordCaches();
  }

  /** Why this run must not count (or its interpreter be kept), or null when the grader is as it was. */
  check(): Retire | null {
    const memory = this.memoryBytes();
    if (memory > MEMORY_LIMIT_BYTES) {
      return { reason: "memory", detail: `${Math.round(memory / 2 ** 20)} MB of memory in use` };
    }
    try {
      // index loops, not iterators: the run's code may have replaced Array.prototype[Symbol.iterator]
      for (let r = 0; r < this.roots.length; r++) {
        const { fn, parts } = this.roots[r] as (typeof this.roots)[number];
        for (let i = 0; i < FUNCTION_PARTS.length; i++) {
          // (not destroyed: Pyodide may hand out the same proxy for the same attribute)
          if (this.is(fn[FUNCTION_PARTS[i] as string], parts[i]) !== true)
            return { reason: "tampered", detail: "the grader's own checks were changed" };
        }
      }
      const records = [this.baseline, this.cache];
      for (let i = 0; i < records.length; i++) {
        const record = records[i];
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
