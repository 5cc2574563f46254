/** Grade small inline challenges with a real Python (Pyodide under Node, or native CPython). */

import { nativeFactory } from "../../src/cli/native-python-port";
import { pyodideThreadFactory } from "../../src/cli/node-pyodide-port";
import { PYODIDE_DIR } from "../../src/cli/paths";
import type { TestsConfig } from "../../src/domain/challenge";
import type { RunReport } from "../../src/domain/results";
import type { GradeJob } from "../../src/runner/protocol";
import { PythonRunner, type RunEvents } from "../../src/runner/python-runner";

export type Runtime = "pyodide" | "native";

export function startRunner(runtime: Runtime): PythonRunner {
  const factory = runtime === "native" ? nativeFactory() : pyodideThreadFactory();
  const runner = new PythonRunner(factory, { indexURL: `${PYODIDE_DIR}/` }, { graceMs: 1000 });
  void runner.start();
  return runner;
}

export interface InlineChallenge {
  entry?: string;
  module?: string;
  tests: string;
  testsFile?: string;
  kind?: TestsConfig["kind"];
  samples?: string[];
  reference: string;
  code: string;
  mode?: GradeJob["mode"];
  customInput?: string;
  timeLimitMs?: number;
  packages?: string[];
  helpers?: Record<string, string>;
}

export function inlineJob(c: InlineChallenge): GradeJob {
  const file = c.testsFile ?? "tests.py";
  const tests: TestsConfig =
    c.kind === "unittest" ? { kind: "unittest", file, samples: c.samples ?? [] } : { kind: "cases", file };
  return {
    challenge: {
      id: "inline",
      entry: c.entry ?? "solve",
      module: c.module ?? "solution",
      tests,
      timeLimitMs: c.timeLimitMs ?? 5000,
      packages: c.packages ?? [],
    },
    files: { [file]: c.tests, ...(c.helpers ?? {}) },
    reference: c.reference,
    code: c.code,
    mode: c.mode ?? "submit",
    limits: { outputChars: 2000 },
    ...(c.customInput === undefined ? {} : { customInput: c.customInput }),
  };
}

export function grade(runner: PythonRunner, c: InlineChallenge, events?: RunEvents): Promise<RunReport> {
  return runner.run(inlineJob(c), events);
}

/** Python source from an indented template literal. */
export function py(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ""), "");
  const lines = text.replace(/^\n/, "").split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)?.[0].length ?? 0));
  return lines.map((l) => l.slice(indent)).join("\n");
}
