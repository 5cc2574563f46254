/** Which Python grades a challenge in the CLI (Pyodide under Node, or native CPython), and the runners. */
import type { Challenge } from "../domain/challenge";
import { PythonRunner } from "../runner/python-runner";
import { CrosscheckServer } from "./crosscheck";
import { nativeFactory } from "./native-python-port";
import { pyodideThreadFactory } from "./node-pyodide-port";
import { verifyPackagesDir } from "./packages-dir";
import { PYODIDE_DIR } from "./paths";

export type PythonChoice = "auto" | "pyodide" | "native";
export type RuntimeKind = "pyodide" | "native";

export interface RuntimePick {
  kind: RuntimeKind;
  /** Why this runtime, when it is not the obvious one. */
  note?: string;
}

export class Runtimes {
  private runners = new Map<RuntimeKind, PythonRunner>();
  private crosschecks: CrosscheckServer | null = null;
  private verified = new Map<string, string | null>();

  constructor(
    private readonly choice: PythonChoice,
    private readonly packagesDir: string | undefined,
    /** drill check --isolated: native CPython, the candidate's code in a process of its own. */
    private readonly isolated = false,
  ) {}

  /** The runtime for a challenge; throws PackagesDirError when the packages folder has a bad wheel. */
  pick(challenge: Challenge): RuntimePick {
    if (this.isolated) return { kind: "native", note: "isolated: the candidate's code runs in a process of its own" };
    if (this.choice === "native") return { kind: "native" };
    const missing = challenge.packages.length ? this.missingWheels(challenge.packages) : null;
    if (this.choice === "pyodide" || missing === null) return { kind: "pyodide" };
    return { kind: "native", note: `checked with native CPython: ${missing}` };
  }

  runner(kind: RuntimeKind): PythonRunner {
    let runner = this.runners.get(kind);
    if (!runner) {
      const factory =
        kind === "native" ? nativeFactory(undefined, { isolated: this.isolated }) : pyodideThreadFactory();
      const boot: { indexURL: string; packageCacheDir?: string } = { indexURL: `${PYODIDE_DIR}/` };
      if (this.packagesDir) boot.packageCacheDir = this.packagesDir;
      runner = new PythonRunner(factory, boot);
      void runner.start();
      this.runners.set(kind, runner);
    }
    return runner;
  }

  /** The challenge's crosscheck.py, natively: null when it agrees (or has none), else the problem. */
  crosscheck(challenge: Challenge): Promise<string | null> {
    this.crosschecks ??= new CrosscheckServer();
    return this.crosschecks.check(challenge);
  }

  dispose(): void {
    for (const r of this.runners.values()) r.dispose();
    this.runners.clear();
    this.crosschecks?.dispose();
    this.crosschecks = null;
  }

  /** null when the packages folder holds verified wheels for these packages, else what is missing. */
  private missingWheels(packages: string[]): string | null {
    if (!this.packagesDir) {
      return `no Pyodide wheels for ${packages.join(", ")} (pass --packages-dir DIR or set PYODIDE_PACKAGES_DIR)`;
    }
    const key = [...packages].sort().join(",");
    if (!this.verified.has(key)) {
      const { missing } = verifyPackagesDir(this.packagesDir, packages);
      this.verified.set(key, missing.length ? `the packages folder lacks ${missing.join(", ")}` : null);
    }
    return this.verified.get(key) ?? null;
  }
}
