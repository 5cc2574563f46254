/**
 * The Jedi worker's logic, for any host (browser Worker, Node in tests): its own Pyodide with jedi
 * and parso, one request of each kind at a time. A request overtaken by a newer one of its kind
 * before it ran is answered "dropped"; requests that arrive while booting wait for the boot (at
 * most one per kind), and all are answered with an error if the boot fails.
 */
import type { PyodideAPI, PyodideConfig } from "pyodide";
import {
  INTEL_PROTOCOL_VERSION,
  type JediBootOptions,
  type JediKind,
  type JediRequest,
  type JediResponse,
} from "./protocol";

type Ask = Extract<JediRequest, { id: number }>;
type Bridge = Record<JediKind, (code: string, line: number, column: number) => string>;

const BRIDGE_DIR = "/drill-intel";
/** Signature help first: it is the one shown while the user types an argument. */
const ORDER: JediKind[] = ["signatures", "complete", "hover"];

export class JediSession {
  private py: PyodideAPI | null = null;
  private bridge: Bridge | null = null;
  private failed: string | null = null;
  private readonly pending = new Map<JediKind, Ask>();
  private scheduled = false;
  /** Import names already offered to loadPackagesFromImports. */
  private readonly triedImports = new Set<string>();

  constructor(
    private readonly load: (config: PyodideConfig) => Promise<PyodideAPI>,
    private readonly bridgeSource: string,
    private readonly post: (m: JediResponse) => void,
  ) {}

  async boot(options: JediBootOptions): Promise<void> {
    const started = performance.now();
    try {
      const config: PyodideConfig = { indexURL: options.indexURL };
      if (options.lockFileURL) config.lockFileURL = options.lockFileURL;
      if (options.packageBaseUrl) config.packageBaseUrl = options.packageBaseUrl;
      if (options.packageCacheDir) config.packageCacheDir = options.packageCacheDir;
      const py = await this.load(config);
      const errors: string[] = [];
      await py.loadPackage(["jedi"], { errorCallback: (m) => errors.push(m), messageCallback: () => {} });
      const missing = ["jedi", "parso"].filter((p) => !(p in py.loadedPackages));
      if (missing.length) throw new Error(`${missing.join(" and ")} could not be loaded. ${errors.join("; ")}`);
      py.FS.mkdirTree(BRIDGE_DIR);
      py.FS.writeFile(`${BRIDGE_DIR}/jedi_bridge.py`, this.bridgeSource);
      py.runPython(`import sys\nif "${BRIDGE_DIR}" not in sys.path: sys.path.insert(0, "${BRIDGE_DIR}")`);
      const mod = py.pyimport("jedi_bridge");
      const version = mod.warm_up() as string;
      this.bridge = { complete: mod.complete, signatures: mod.signatures, hover: mod.hover };
      this.py = py;
      this.post({
        type: "booted",
        protocol: INTEL_PROTOCOL_VERSION,
        ms: Math.round(performance.now() - started),
        jedi: version,
      });
      this.schedule();
    } catch (e) {
      this.failed = `Completions are unavailable: ${e instanceof Error ? e.message : String(e)}`.slice(0, 600);
      this.post({ type: "boot-failed", message: this.failed });
      for (const r of this.pending.values()) this.post({ type: "error", id: r.id, message: this.failed });
      this.pending.clear();
    }
  }

  request(r: Ask): void {
    if (this.failed) {
      this.post({ type: "error", id: r.id, message: this.failed });
      return;
    }
    const older = this.pending.get(r.type);
    if (older) this.post({ type: "dropped", id: older.id });
    this.pending.set(r.type, r);
    this.schedule();
  }

  /** Answer on a later task, so messages that arrived meanwhile can overtake what they replace. */
  private schedule(): void {
    if (!this.bridge || this.scheduled || this.pending.size === 0) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      const kind = ORDER.find((k) => this.pending.has(k));
      const next = kind && this.pending.get(kind);
      if (!kind || !next) return;
      this.pending.delete(kind);
      this.answer(next);
      this.schedule();
    }, 0);
  }

  private answer(r: Ask): void {
    const bridge = this.bridge;
    if (!bridge) return;
    this.loadImportedPackages(r.code);
    try {
      const raw = bridge[r.type](r.code, r.line, r.column);
      if (r.type === "complete") this.post({ type: "complete", id: r.id, items: JSON.parse(raw) });
      else if (r.type === "signatures") this.post({ type: "signatures", id: r.id, signatures: JSON.parse(raw) });
      else this.post({ type: "hover", id: r.id, hover: JSON.parse(raw) });
    } catch (e) {
      this.post({ type: "error", id: r.id, message: e instanceof Error ? e.message.slice(-300) : String(e) });
    }
  }

  /** NumPy, pandas...: loaded in the background the first time the code imports them, for later requests. */
  private loadImportedPackages(code: string): void {
    const py = this.py;
    if (!py) return;
    let names: string[];
    try {
      const found = py.pyodide_py.code.find_imports(code);
      names = found.toJs() as string[];
      found.destroy();
    } catch {
      return; // code that does not parse yet
    }
    const fresh = names.filter((n) => !this.triedImports.has(n));
    if (fresh.length === 0) return;
    for (const n of fresh) this.triedImports.add(n);
    py.loadPackagesFromImports(code, { messageCallback: () => {}, errorCallback: () => {} }).catch(() => {});
  }
}
