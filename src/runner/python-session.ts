/**
 * The Python side of a worker, for any host (browser Worker or Node worker thread): boot Pyodide,
 * load declared packages, hand jobs to the harness, and turn everything into WorkerMessages.
 * Knows nothing of the DOM, Node, React or the UI.
 */
import type { PyodideAPI, PyodideConfig } from "pyodide";
import { IntegrityGuard } from "./integrity-guard";
import {
  type BootOptions,
  type GradeJob,
  PROTOCOL_VERSION,
  type Retire,
  STOP_FLAG,
  type WorkerMessage,
} from "./protocol";
import { type PackageDownloads, SessionPackages } from "./session-packages";

export type { PackageDownloads } from "./session-packages";

export type LoadPyodide = (config: PyodideConfig) => Promise<PyodideAPI>;

/** Where a memory snapshot of a booted interpreter is kept between visits (Cache Storage in browsers). */
export interface SnapshotStore {
  load(key: string): Promise<Uint8Array | null>;
  save(key: string, snapshot: Uint8Array): Promise<void>;
  discard(key: string): Promise<void>;
}

/**
 * Taken when this module loads, before any candidate code: Python reaches this realm's globals
 * (`import js`), so a run could replace JSON.parse to rewrite the harness's events as they pass.
 */
const parseJson = JSON.parse;

/** Output written around our capture (to sys.__stdout__) is still streamed, up to this much. */
const RAW_OUTPUT_CAP = 50_000;
const HARNESS_DIR = "/drill-harness";

export class PythonSession {
  private pyodide: PyodideAPI | null = null;
  private runJob:
    | ((job: string, emit: (e: string) => void, alarm: boolean, clear: () => void, stop: () => boolean) => void)
    | null = null;
  private prepareJob: ((job: string) => void) | null = null;
  private interrupt: Int32Array | null = null;
  private control: Int32Array | null = null;
  private currentRun: string | null = null;
  private rawOutput = 0;
  private guard: IntegrityGuard | null = null;
  private readonly packages: SessionPackages;
  /** Set when a run begins: an interpreter grades one run only (its candidate code may have changed anything). */
  private graded = false;
  /** A snapshot being saved: runs wait for it, so its hash reaches the host before any run. */
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly load: LoadPyodide,
    private readonly harnessFiles: Record<string, string>,
    private readonly post: (message: WorkerMessage) => void,
    private readonly snapshots: SnapshotStore | null = null,
    /** Told when package downloads may go out (the browser worker gates its network on it). */
    network: ((open: boolean) => void) | null = null,
    downloads: PackageDownloads | null = null,
  ) {
    this.packages = new SessionPackages(post, network, downloads);
  }

  async boot(options: BootOptions, interruptBuffer: SharedArrayBuffer | null): Promise<void> {
    const started = performance.now();
    try {
      const config: PyodideConfig = { indexURL: options.indexURL };
      if (options.packageBaseUrl) config.packageBaseUrl = options.packageBaseUrl;
      if (options.lockFileURL) config.lockFileURL = options.lockFileURL;
      if (options.packageCacheDir) config.packageCacheDir = options.packageCacheDir;
      const phases: Record<string, number> = {};
      const mark = (name: string) => {
        phases[name] = Math.round(performance.now() - started);
      };
      const { py, fromSnapshot, keep } = await this.start(config, options, mark);
      py.setStdout(this.rawWriter("stdout"));
      py.setStderr(this.rawWriter("stderr"));
      mark("harness");
      const pythonVersion = py.runPython("import sys; sys.version.split()[0]") as string;
      const announce = () =>
        this.post({
          type: "booted",
          protocol: PROTOCOL_VERSION,
          runtime: "pyodide",
          pythonVersion,
          bootMs: Math.round(performance.now() - started),
          fromSnapshot,
          phases,
        });
      const preload = options.preload ?? [];
      // A first boot announces ready first: no run can start before this synchronous tail ends.
      // (Restored from a snapshot, the harness is imported already and this only reseeds random.)
      const waits = preload.length > 0 || options.prepare !== undefined;
      if (!waits) announce();
      const grade = py.pyimport("drill.grade");
      this.runJob = grade.run_job_json;
      this.prepareJob = grade.prepare_json;
      py.runPython("import drill.grade; drill.grade.warm_up()");
      this.guard = new IntegrityGuard(py);
      this.pyodide = py;
      if (keep) this.saving = keep();
      if (interruptBuffer) {
        this.control = new Int32Array(interruptBuffer);
        this.interrupt = new Int32Array(interruptBuffer, 0, 1);
        py.setInterruptBuffer(this.interrupt);
      }
      if (waits) {
        // a spare readies the drill's packages and tests before it says it is ready (after the
        // snapshot: a snapshot cannot hold loaded shared libraries, and holds no drill's state)
        await this.saving;
        if (preload.length > 0) {
          await this.packages.preload(py, preload);
          mark("packages");
        }
        if (options.prepare) {
          this.prepare(py, options.prepare);
          mark("prepared");
        }
        announce();
      }
    } catch (e) {
      this.post({ type: "boot-failed", message: `Python could not start: ${describe(e)}` });
    }
  }

  /**
   * Boot from a saved memory snapshot when there is one; otherwise boot normally and return
   * `keep`, which saves a snapshot of the warmed-up interpreter (harness and common modules
   * imported), so the snapshot is keyed by the harness source too.
   * Any snapshot problem (corrupt, wrong build, quota) falls back to a normal boot.
   */
  private async start(
    config: PyodideConfig,
    options: BootOptions,
    mark: (phase: string) => void,
  ): Promise<{ py: PyodideAPI; fromSnapshot: boolean; keep?: () => Promise<void> }> {
    const baseKey = options.snapshotKey;
    const store = baseKey ? this.snapshots : null;
    if (!store || !baseKey) {
      const py = await this.load(config);
      mark("pyodide");
      return { py: this.installHarness(py), fromSnapshot: false };
    }
    const key = `${baseKey}-${fingerprint(this.harnessFiles)}`;
    const trusted = options.trustedSnapshot?.key === key ? options.trustedSnapshot.sha256 : null;
    // Only a snapshot whose hash the host recorded is restored: one planted in the cache is not.
    const saved = trusted ? await store.load(key).catch(() => null) : null;
    mark("snapshotRead");
    if (saved && (await sha256(saved)) === trusted) {
      mark("snapshotVerified");
      try {
        const py = await this.load({ ...config, _loadSnapshot: saved });
        mark("pyodide");
        return { py: this.installHarness(py), fromSnapshot: true };
      } catch {
        // not restorable: boot normally and save a new one
      }
    }
    await store.discard(key).catch(() => {});
    const py = await this.load({ ...config, _makeSnapshot: true });
    mark("pyodide");
    const keep = async () => {
      try {
        const snapshot = py.makeMemorySnapshot();
        const hash = await sha256(snapshot);
        await store.save(key, snapshot);
        this.post({ type: "snapshot-saved", key, sha256: hash });
      } catch {
        await store.discard(key).catch(() => {});
      }
    };
    return { py: this.installHarness(py), fromSnapshot: false, keep };
  }

  /** The harness files on disk (imports and tracebacks read them) and on sys.path; idempotent. */
  private installHarness(py: PyodideAPI): PyodideAPI {
    py.FS.mkdirTree(`${HARNESS_DIR}/drill`);
    for (const [name, text] of Object.entries(this.harnessFiles)) {
      py.FS.writeFile(`${HARNESS_DIR}/drill/${name}`, text);
    }
    py.runPython(`import sys\nif "${HARNESS_DIR}" not in sys.path: sys.path.insert(0, "${HARNESS_DIR}")`);
    return py;
  }

  /** BootOptions.prepare: the integrity guard records the cache it leaves. */
  private prepare(py: PyodideAPI, job: GradeJob): void {
    // its packages come first (preloaded); without them, the run loads and reports them
    if (!this.prepareJob || job.challenge.packages.some((p) => !(p in py.loadedPackages))) return;
    this.prepareJob(JSON.stringify(job));
    this.guard?.recordCaches();
  }

  async run(runId: string, job: GradeJob): Promise<void> {
    const py = this.pyodide;
    const runJob = this.runJob;
    if (!py || !runJob) {
      this.post({ type: "fatal", runId, message: "Python is not ready" });
      return;
    }
    if (this.graded) {
      // the host gives every run a fresh worker; one that has run candidate code never grades again
      this.post({ type: "fatal", runId, message: "this Python has graded a run already" });
      return;
    }
    this.graded = true;
    await this.saving;
    this.currentRun = runId;
    this.rawOutput = 0;
    // The run's last message waits until the interpreter has been checked: it carries the verdict.
    const ends: Extract<WorkerMessage, { type: "run-finished" | "run-failed" }>[] = [];
    let announced = false;
    let outOfMemory = false;
    const emit = (text: string) => {
      const m = { ...(parseJson(text) as object), runId } as WorkerMessage;
      if (m.type === "run-finished" || m.type === "run-failed") {
        ends.push(m);
        return;
      }
      if (m.type === "test-started" && !announced) {
        // before the candidate's first line: the harness has set its caches for this run
        announced = true;
        this.guard?.recordCachesUnlessSame();
      }
      if (m.type === "test-finished" && /MemoryError/.test(m.result.message ?? "")) outOfMemory = true;
      this.post(m);
    };
    try {
      if (!(await this.packages.load(py, runId, job.challenge.packages))) return;
      this.clearInterrupt();
      runJob(
        JSON.stringify(job),
        emit,
        false,
        () => this.clearInterrupt(),
        () => this.control !== null && Atomics.load(this.control, STOP_FLAG) === 1,
      );
      this.currentRun = null;
      let retire: Retire | null = this.guard?.check() ?? null;
      if (!retire && outOfMemory) retire = { reason: "memory", detail: "MemoryError" };
      if (ends.length !== 1) retire = { reason: "tampered", detail: "the run did not end exactly once" };
      const end: (typeof ends)[number] = ends[0] ?? {
        type: "run-failed",
        runId,
        error: { kind: "harness", message: "The grader ended without a result" },
      };
      this.post(retire ? { ...end, retire } : end);
    } catch (e) {
      // A JS RangeError from deep recursion or a fatal Pyodide state: the host replaces this worker.
      this.post({ type: "fatal", runId, message: describe(e) });
    } finally {
      this.currentRun = null;
    }
  }

  private clearInterrupt(): void {
    if (this.interrupt) Atomics.store(this.interrupt, 0, 0);
  }

  private rawWriter(stream: "stdout" | "stderr") {
    const decoder = new TextDecoder();
    return {
      write: (buffer: Uint8Array): number => {
        const text = decoder.decode(buffer, { stream: true });
        if (this.currentRun && this.rawOutput < RAW_OUTPUT_CAP) {
          const kept = text.slice(0, RAW_OUTPUT_CAP - this.rawOutput);
          this.rawOutput += kept.length;
          this.post({ type: "output", runId: this.currentRun, testId: null, stream, text: kept });
        }
        return buffer.length;
      },
    };
  }
}

/** A short, stable hash of the harness source (FNV-1a), so a snapshot never outlives its harness. */
function fingerprint(files: Record<string, string>): string {
  let h = 0x811c9dc5;
  for (const name of Object.keys(files).sort()) {
    for (const ch of `${name}\0${files[name]}\0`) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** One line about an error; a Python traceback is reduced to its last line. */
export function describe(e: unknown): string {
  if (e instanceof Error) {
    if (e.name === "PythonError") {
      const last = e.message.trim().split("\n").pop() ?? "";
      return last.slice(0, 500);
    }
    return `${e.name}: ${e.message}`.slice(0, 500);
  }
  return String(e).slice(0, 500);
}
