/**
 * The runner's Python workers. A worker grades one run, or one attempt at it, and is then
 * terminated: whatever candidate code did to it (the harness, its caches, the worker's
 * JavaScript built-ins) dies with it. With `keepSpare`, the next worker is booted in the
 * background as soon as a run ends (from the memory snapshot, with the last drill's packages
 * loaded), so the next run does not wait for it. The spare starts only once the run's worker has
 * ended, so at most two are alive at once (a start() during a run) and they never share the CPU.
 * The spare also prepares for the drill at hand (its tests module and the restore's copies) before
 * it says it is ready, so a click only grades.
 */
import { type BootOptions, CONTROL_WORDS, type GradeJob, PROTOCOL_VERSION } from "./protocol";
import type { Live } from "./run-attempt";
import type { WorkerFactory } from "./worker-port";

export interface SnapshotTrust {
  get(): { key: string; sha256: string } | null;
  set(key: string, sha256: string): void;
}

export interface PoolEvents {
  /** The spare finished booting (or failed to): the runner shows Python as ready (or not). */
  onSpare(outcome: { ok: true } | { ok: false; message: string }): void;
}

export class WorkerPool {
  private spare: Live | null = null;
  /** The last worker that finished booting: what the runner reports of Python (version, boot phases). */
  private latest: Live | null = null;
  private readonly inUse = new Set<Live>();
  private packages: string[] = [];
  private prepareJob: GradeJob | null = null;

  constructor(
    private readonly factory: WorkerFactory,
    private readonly bootOptions: BootOptions,
    private readonly snapshotTrust: SnapshotTrust | null,
    private readonly events: PoolEvents,
  ) {}

  get booted(): Live | null {
    return this.latest;
  }

  /** Whether any worker has finished booting yet (a first boot, as opposed to preparing a spare). */
  get hasBooted(): boolean {
    return this.latest !== null;
  }

  /** The spare, booted or booting; none is started when there is one already. */
  warm(): Live {
    if (!this.spare || this.spare.dead) this.spare = this.boot();
    return this.spare;
  }

  /** Whether a spare has finished booting and waits for a run. */
  get spareReady(): boolean {
    return this.spare !== null && !this.spare.dead && this.spare.ready === true;
  }

  /** A worker that has never run candidate code, for one attempt: the spare, or a new one. */
  take(): Live {
    const live = this.warm();
    this.spare = null;
    this.inUse.add(live);
    return live;
  }

  /** The packages the next spare loads before it says it is ready (the last drill's). */
  preload(packages: string[]): void {
    this.packages = [...packages];
  }

  /**
   * The drill the next run is likely for (null: none): every spare booted from now on prepares
   * for it before it says it is ready. Only a drill whose tests loaded in time in a run: a spare
   * has no time limit while it boots.
   */
  prepare(job: GradeJob | null): void {
    if (!job) {
      this.prepareJob = null;
      return;
    }
    const { only: _only, customInput: _input, budgetUsedMs: _used, ...rest } = job;
    this.prepareJob = { ...rest, code: "", mode: "run" };
  }

  /** Ends a worker that has graded: it is never used again. */
  discard(live: Live): void {
    this.inUse.delete(live);
    live.dead = true;
    live.port.terminate();
  }

  dispose(): void {
    for (const live of this.inUse) this.discard(live);
    if (this.spare) this.discard(this.spare);
    this.spare = null;
  }

  private boot(): Live {
    const port = this.factory();
    const control =
      port.sharedControl && typeof SharedArrayBuffer !== "undefined"
        ? new Int32Array(new SharedArrayBuffer(CONTROL_WORDS * 4))
        : null;
    const live: Live = {
      port,
      control,
      booted: Promise.resolve(),
      handler: null,
      exitHandler: null,
      dead: false,
      ranCode: false,
      ready: false,
    };
    const isSpare = () => this.spare === live;
    let booted = false;
    live.booted = new Promise<void>((resolve, reject) => {
      port.listen(
        (m) => {
          if (m.type === "booted" && !booted) {
            booted = true;
            live.pythonVersion = m.pythonVersion;
            live.fromSnapshot = m.fromSnapshot ?? false;
            live.phases = { ...m.phases, total: m.bootMs };
            if (m.protocol !== PROTOCOL_VERSION) {
              live.dead = true;
              const message = `worker speaks protocol ${m.protocol}, expected ${PROTOCOL_VERSION}`;
              if (isSpare()) this.events.onSpare({ ok: false, message });
              reject(new Error(message));
              return;
            }
            live.ready = true;
            this.latest = live;
            if (isSpare()) this.events.onSpare({ ok: true });
            resolve();
          } else if (m.type === "boot-failed" && !booted) {
            live.dead = true;
            if (isSpare()) this.events.onSpare({ ok: false, message: m.message });
            reject(new Error(m.message));
          } else if (m.type === "snapshot-saved" && !live.ranCode) {
            // sent before any run, so before any candidate code: only then is it the worker's own
            this.snapshotTrust?.set(m.key, m.sha256);
          } else {
            if ("runId" in m && m.runId !== null) live.ranCode = true;
            live.handler?.(m);
          }
        },
        (reason) => {
          const wasDead = live.dead;
          live.dead = true;
          reject(new Error(`Python stopped while starting: ${reason}`));
          const duringRun = live.exitHandler;
          if (duringRun) duringRun(reason);
          else if (isSpare() && !wasDead) this.events.onSpare({ ok: false, message: reason });
        },
      );
    });
    live.booted.catch(() => {});
    const trusted = this.snapshotTrust?.get();
    const options: BootOptions = { ...this.bootOptions };
    if (trusted) options.trustedSnapshot = trusted;
    if (this.packages.length) options.preload = [...this.packages];
    if (this.prepareJob) options.prepare = this.prepareJob;
    port.post({
      type: "boot",
      protocol: PROTOCOL_VERSION,
      options,
      interruptBuffer: control ? (control.buffer as SharedArrayBuffer) : null,
    });
    return live;
  }
}
