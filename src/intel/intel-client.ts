/**
 * The page's side of the editor's helper workers. Ruff's worker starts at the first lint, Jedi's
 * at the first edit or request, and neither before the grading worker has settled, so they never
 * compete with Python's first boot. Answers that come too late resolve empty: a request is
 * never waited on for more than REQUEST_TIMEOUT_MS.
 */
import type { FormatResult, LintFinding } from "./lint-types";
import {
  type CodeAt,
  type Completion,
  type Hover,
  INTEL_PROTOCOL_VERSION,
  type JediBootOptions,
  type JediKind,
  type JediRequest,
  type JediResponse,
  type RuffRequest,
  type RuffResponse,
  type Signature,
} from "./protocol";

/** Long enough for a first request that waits for Jedi's boot (4-10 s here), short of forever. */
const REQUEST_TIMEOUT_MS = 30_000;

export type JediState = "off" | "waiting" | "booting" | "ready" | "failed";

interface Waiter {
  resolve(value: unknown): void;
  timer: ReturnType<typeof setTimeout>;
}

export class EditorIntel {
  private ruff: Worker | null = null;
  private jedi: Worker | null = null;
  private jediOptions: JediBootOptions | null = null;
  private stopped = false;
  private gate: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  private readonly waiting = new Map<number, Waiter>();
  private readonly stateListeners = new Set<(s: JediState) => void>();
  jediState: JediState = "off";
  jediProblem: string | null = null;

  /** Where the Jedi worker's Pyodide and packages come from, and what it waits for before booting. */
  configure(options: { jedi: JediBootOptions; after?: Promise<unknown> }): void {
    this.jediOptions = options.jedi;
    this.gate = options.after ?? Promise.resolve();
  }

  get jediAvailable(): boolean {
    return this.jediOptions !== null;
  }

  lint(code: string): Promise<{ findings: LintFinding[]; ms: number } | null> {
    return this.askRuff({ type: "lint", id: this.nextId++, code }, (m) =>
      m.type === "lint" ? { findings: m.findings, ms: m.ms } : null,
    );
  }

  format(code: string): Promise<FormatResult> {
    return this.askRuff(
      { type: "format", id: this.nextId++, code },
      (m): FormatResult =>
        m.type === "format" ? m.result : { ok: false, message: m.type === "failed" ? m.message : "Cannot format" },
    ).then((r) => r ?? { ok: false, message: "The formatter did not answer" });
  }

  complete(at: CodeAt): Promise<Completion[]> {
    return this.askJedi("complete", at, (m) => (m.type === "complete" ? m.items : [])).then((r) => r ?? []);
  }

  signatures(at: CodeAt): Promise<Signature[]> {
    return this.askJedi("signatures", at, (m) => (m.type === "signatures" ? m.signatures : [])).then((r) => r ?? []);
  }

  hover(at: CodeAt): Promise<Hover | null> {
    return this.askJedi("hover", at, (m) => (m.type === "hover" ? m.hover : null));
  }

  /** Start Jedi's worker now (it boots after the grading worker settles): on the first edit or request. */
  warmUp(): void {
    if (this.jedi || !this.jediOptions || this.stopped) return;
    const options = this.jediOptions;
    this.jedi = new Worker(new URL("./jedi.worker.ts", import.meta.url), { type: "module" });
    this.jedi.onmessage = (e: MessageEvent<JediResponse>) => this.onJedi(e.data);
    this.jedi.onerror = (e) => this.jediFailed(e.message || "the completion worker failed");
    this.setJediState("waiting");
    void this.gate.then(() => {
      if (this.jediState !== "waiting") return;
      this.setJediState("booting");
      this.jedi?.postMessage({ type: "boot", protocol: INTEL_PROTOCOL_VERSION, options } satisfies JediRequest);
    });
  }

  /** The page is about to reload (an update): its workers end, and no request of theirs stays in flight. */
  stop(): void {
    this.stopped = true;
    this.ruff?.terminate();
    this.jedi?.terminate();
    this.ruff = null;
    this.jedi = null;
    for (const [id, w] of this.waiting) {
      clearTimeout(w.timer);
      w.resolve(null);
      this.waiting.delete(id);
    }
  }

  onJediState(listener: (s: JediState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  private setJediState(s: JediState): void {
    this.jediState = s;
    for (const l of this.stateListeners) l(s);
  }

  private jediFailed(message: string): void {
    this.jediProblem = message;
    this.setJediState("failed");
    this.jedi?.terminate();
    for (const [id, w] of this.waiting) {
      clearTimeout(w.timer);
      w.resolve(null);
      this.waiting.delete(id);
    }
  }

  private onJedi(m: JediResponse): void {
    if (m.type === "booted") this.setJediState("ready");
    else if (m.type === "boot-failed") this.jediFailed(m.message);
    else this.settle(m.id, m);
  }

  private askJedi<T>(type: JediKind, at: CodeAt, read: (m: JediResponse) => T): Promise<T | null> {
    if (!this.jediOptions || this.jediState === "failed" || this.stopped) return Promise.resolve(null);
    this.warmUp();
    const id = this.nextId++;
    const answer = this.wait(id).then((m) => (m ? read(m as JediResponse) : null));
    this.jedi?.postMessage({ type, id, ...at } satisfies JediRequest);
    return answer;
  }

  private async askRuff<T>(request: RuffRequest, read: (m: RuffResponse) => T): Promise<T | null> {
    // compiling Ruff's 11 MB of wasm would compete with Python's first boot: it waits for it
    await this.gate;
    if (this.stopped) return null;
    if (!this.ruff) {
      this.ruff = new Worker(new URL("./ruff.worker.ts", import.meta.url), { type: "module" });
      this.ruff.onmessage = (e: MessageEvent<RuffResponse>) => {
        const m = e.data;
        if (m.id !== null) this.settle(m.id, m);
        else console.error(m.type === "failed" ? m.message : m);
      };
    }
    const answer = this.wait(request.id).then((m) => (m ? read(m as RuffResponse) : null));
    this.ruff.postMessage(request);
    return answer;
  }

  private wait(id: number): Promise<unknown> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        resolve(null);
      }, REQUEST_TIMEOUT_MS);
      this.waiting.set(id, { resolve, timer });
    });
  }

  private settle(id: number, m: JediResponse | RuffResponse): void {
    const w = this.waiting.get(id);
    if (!w) return;
    clearTimeout(w.timer);
    this.waiting.delete(id);
    w.resolve(m.type === "dropped" || m.type === "error" ? null : m);
  }
}

/** The page's one instance: the app configures it, the editor uses it. */
export const editorIntel = new EditorIntel();
