// The runner's time limits, restarts and resumes, against scripted fake workers (no Python needed).
import { describe, expect, it } from "vitest";
import type { TestResult } from "../../src/domain/results";
import { type GradeJob, type HostMessage, PROTOCOL_VERSION, type WorkerMessage } from "../../src/runner/protocol";
import { PythonRunner, type RunnerState } from "../../src/runner/python-runner";
import type { WorkerPort } from "../../src/runner/worker-port";

type Script = (job: GradeJob, w: FakeWorker, runId: string) => void;

class FakeWorker implements WorkerPort {
  sharedControl = true;
  control: Int32Array | null = null;
  terminated = false;
  jobs: GradeJob[] = [];
  runIds: string[] = [];
  private emit: (m: WorkerMessage) => void = () => {};
  exit: (reason: string) => void = () => {};
  constructor(
    private readonly script: Script,
    private readonly boot: "ok" | "fail" | "old-protocol" = "ok",
  ) {}
  post(m: HostMessage): void {
    if (m.type === "boot") {
      this.control = m.interruptBuffer ? new Int32Array(m.interruptBuffer) : null;
      queueMicrotask(() => {
        if (this.boot === "fail") this.emit({ type: "boot-failed", message: "Python could not start: no wasm" });
        else {
          const protocol = this.boot === "old-protocol" ? PROTOCOL_VERSION - 1 : PROTOCOL_VERSION;
          this.emit({ type: "booted", protocol, runtime: "pyodide", pythonVersion: "3.14.2", bootMs: 1 });
        }
      });
    } else {
      this.jobs.push(m.job);
      this.runIds.push(m.runId);
      queueMicrotask(() => this.script(m.job, this, m.runId));
    }
  }
  listen(onMessage: (m: WorkerMessage) => void, onExit: (reason: string) => void): void {
    this.emit = (m) => {
      if (!this.terminated) onMessage(m);
    };
    this.exit = onExit;
  }
  send(m: WorkerMessage): void {
    this.emit(m);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const PLAN = ["a", "b", "c"].map((id, i) => ({ id, name: id, sample: i === 0, fingerprint: id }));
const JOB: GradeJob = {
  challenge: {
    id: "x",
    entry: "f",
    module: "solution",
    tests: { kind: "cases", file: "tests.py" },
    timeLimitMs: 1000,
    packages: [],
  },
  files: {},
  reference: "",
  code: "",
  mode: "submit",
};

function pass(id: string, durationMs = 5): TestResult {
  return { id, name: id, sample: id === "a", status: "pass", durationMs, detailed: id === "a" };
}

/** Plays the plan; `hang` makes a test never finish (ignoring interrupts), `crash` kills the worker. */
function script(opts: { hang?: string; crash?: string } = {}): Script {
  return (job, w, runId) => {
    const tests = PLAN.filter((t) => !job.only || job.only.includes(t.id));
    w.send({ type: "plan", runId, tests });
    for (const t of tests) {
      w.send({ type: "test-started", runId, testId: t.id, timeLimitMs: 50 });
      if (t.id === opts.hang) return;
      if (t.id === opts.crash) {
        w.exit("RangeError: Maximum call stack size exceeded");
        return;
      }
      w.send({ type: "test-finished", runId, result: pass(t.id) });
    }
    w.send({
      type: "run-finished",
      runId,
      stopped: false,
      summary: { total: 3, passed: 3, failed: 0, errors: 0, timeouts: 0, durationMs: 1 },
    });
  };
}

function runnerWith(...workers: FakeWorker[]) {
  const created: FakeWorker[] = [];
  const runner = new PythonRunner(
    () => {
      const w = workers[created.length] ?? new FakeWorker(script());
      created.push(w);
      return w;
    },
    { indexURL: "/pyodide/" },
    { graceMs: 30, slackMs: 10, watchdogExtraMs: 50, keepSpare: true },
  );
  return { runner, created };
}

/** The spare starts once the run's report has been handed over (after a task). */
const spareStarted = () => new Promise((r) => setTimeout(r, 0));

describe("PythonRunner", () => {
  it("boots, runs and reports state changes", async () => {
    const { runner } = runnerWith(new FakeWorker(script()));
    const states: RunnerState[] = [];
    runner.subscribe((s) => states.push(s));
    await runner.start();
    const report = await runner.run(JOB);
    expect(report.summary).toMatchObject({ total: 3, passed: 3 });
    await spareStarted();
    // after the run, a fresh interpreter for the next one is prepared in the background
    expect(states).toEqual(["ready", "running", "preparing", "ready"]);
  });

  it("grades every run in a worker that never ran code, and ends each worker after its run", async () => {
    const { runner, created } = runnerWith();
    await runner.start();
    for (let i = 0; i < 3; i++) expect((await runner.run(JOB)).summary.passed).toBe(3);
    await spareStarted();
    expect(created.map((w) => w.jobs.length)).toEqual([1, 1, 1, 0]);
    expect(created.map((w) => w.terminated)).toEqual([true, true, true, false]);
  });

  it("a run asked for while the next interpreter is still starting waits for it", async () => {
    const { runner, created } = runnerWith();
    const states: RunnerState[] = [];
    runner.subscribe((s) => states.push(s));
    await runner.run(JOB);
    // the spare has not booted yet: the next run is prepared, then starts in it
    const report = await runner.run(JOB);
    expect(report.summary.passed).toBe(3);
    expect(states).toContain("preparing");
    expect(created[0]?.jobs).toHaveLength(1);
    expect(created[1]?.jobs).toHaveLength(1);
  });

  it("Stop while waiting for the interpreter ends the run without running anything", async () => {
    const slow = new FakeWorker(script());
    slow.post = function (m: HostMessage) {
      if (m.type === "run") FakeWorker.prototype.post.call(this, m);
    };
    const { runner, created } = runnerWith(slow);
    const pending = runner.run(JOB);
    await new Promise((r) => setTimeout(r, 0));
    runner.stop();
    const report = await pending;
    expect(report.stopped).toBe(true);
    expect(created[0]?.terminated).toBe(true);
    expect(created[0]?.jobs).toEqual([]);
  });

  it("interrupts a test past its limit, then replaces a worker that ignores it and resumes the rest", async () => {
    const first = new FakeWorker(script({ hang: "b" }));
    const { runner, created } = runnerWith(first);
    const report = await runner.run(JOB);
    await spareStarted();
    expect(first.control?.[0]).toBe(2);
    expect(first.terminated).toBe(true);
    // the second resumed the run; the third is the spare for the next run
    expect(created.map((w) => w.jobs.length)).toEqual([1, 1, 0]);
    expect(report.results.map((r) => [r.id, r.status])).toEqual([
      ["a", "pass"],
      ["b", "timeout"],
      ["c", "pass"],
    ]);
    const resumed = created[1]?.jobs[0];
    expect(resumed?.only).toEqual(["c"]);
    expect(resumed?.budgetUsedMs).toBe(55);
    expect(resumed?.showFirstHiddenFailure).toBe(false);
    expect(report.notices[0]).toMatch(/did not give control back/);
  });

  it("reports a crashed test in plain words and carries on with a fresh interpreter", async () => {
    const { runner } = runnerWith(new FakeWorker(script({ crash: "a" })));
    const report = await runner.run(JOB);
    expect(report.results.map((r) => r.status)).toEqual(["error", "pass", "pass"]);
    expect(report.results[0]?.message).toMatch(/Python crashed during this test: it ran out of stack: RangeError/);
    expect(report.results[0]?.message).toMatch(/functools\.lru_cache .* a loop, or a bottom-up table/);
    expect(report.notices[0]).toMatch(/stopped unexpectedly .* restarted/);
    await spareStarted();
    expect(runner.state).toBe("ready");
  });

  it("gives up resuming after repeated crashes", async () => {
    const crashEvery: Script = (job, w, runId) => {
      const tests = PLAN.filter((t) => !job.only || job.only.includes(t.id));
      w.send({ type: "plan", runId, tests });
      w.send({ type: "test-started", runId, testId: tests[0]?.id ?? "", timeLimitMs: 50 });
      w.exit("boom");
    };
    const { runner } = runnerWith(...Array.from({ length: 6 }, () => new FakeWorker(crashEvery)));
    const report = await runner.run(JOB);
    expect(report.results).toHaveLength(3);
    expect(report.results.every((r) => r.status === "error")).toBe(true);
  });

  it("reports a boot failure as a problem and enters the error state", async () => {
    const { runner } = runnerWith(new FakeWorker(script(), "fail"));
    const report = await runner.run(JOB);
    expect(report.problem).toEqual({ kind: "runtime", message: "Python could not start: no wasm" });
    expect(runner.state).toBe("error");
  });

  it("refuses a worker that speaks another protocol version", async () => {
    const { runner } = runnerWith(new FakeWorker(script(), "old-protocol"));
    const report = await runner.run(JOB);
    expect(report.problem?.message).toMatch(/protocol/);
  });

  it("Stop ends the run, keeps finished results and restarts Python", async () => {
    const { runner, created } = runnerWith(new FakeWorker(script({ hang: "b" })));
    const pending = runner.run(JOB, {
      onTestStarted: (id) => {
        if (id === "b") runner.stop();
      },
    });
    const report = await pending;
    expect(report.stopped).toBe(true);
    expect(report.results.map((r) => r.id)).toEqual(["a"]);
    expect(created[0]?.control?.[1]).toBe(1);
    await spareStarted();
    expect(created).toHaveLength(2);
  });
});

describe("PythonRunner and Stop", () => {
  it("treats a crash after Stop as the stop, not as something to resume from", async () => {
    const { runner, created } = runnerWith(new FakeWorker(script({ hang: "b" })));
    const report = await runner.run(JOB, {
      onTestStarted: (id) => {
        if (id === "b") {
          runner.stop();
          created[0]?.exit("PythonError: KeyboardInterrupt");
        }
      },
    });
    expect(report.stopped).toBe(true);
    expect(report.results.map((r) => r.id)).toEqual(["a"]);
    await spareStarted();
    expect(created[1]?.jobs).toEqual([]);
  });
});

describe("PythonRunner watchdog", () => {
  it("ends a run whose worker goes silent outside any timed test", async () => {
    const silent: Script = () => {};
    const { runner } = runnerWith(new FakeWorker(silent));
    const started = Date.now();
    const report = await runner.run({ ...JOB, challenge: { ...JOB.challenge, timeLimitMs: 100 } });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(report.problem?.message).toMatch(/Python stopped before the tests started/);
  });
});

describe("PythonRunner and messages the harness did not send", () => {
  const finished = (runId: string, stopped = false): WorkerMessage => ({
    type: "run-finished",
    runId,
    stopped,
    summary: { total: 3, passed: 3, failed: 0, errors: 0, timeouts: 0, durationMs: 1 },
  });
  /** Plays the plan, but lets `forge` slip messages in right after the first test started. */
  const forging =
    (forge: (w: FakeWorker, runId: string) => boolean | undefined): Script =>
    (_job, w, runId) => {
      w.send({ type: "plan", runId, tests: PLAN });
      for (const [i, t] of PLAN.entries()) {
        w.send({ type: "test-started", runId, testId: t.id, timeLimitMs: 50 });
        if (i === 0 && forge(w, runId) === false) return;
        w.send({ type: "test-finished", runId, result: pass(t.id) });
      }
      w.send(finished(runId));
    };

  const cases: Record<string, (w: FakeWorker, runId: string) => boolean | undefined> = {
    "a result for a test that has not started": (w, runId) => {
      w.send({ type: "test-finished", runId, result: pass("c") });
      return undefined;
    },
    "an early run-finished": (w, runId) => {
      w.send(finished(runId));
      return false;
    },
    "a message for another run": (w) => {
      w.send({ type: "test-finished", runId: "run-1", result: pass("a") });
      return undefined;
    },
    "a Stop nobody asked for": (w, runId) => {
      w.send({ type: "run-finished", runId, stopped: true, summary: { ...finishedSummary } });
      return false;
    },
    "a second plan": (w, runId) => {
      w.send({ type: "plan", runId, tests: PLAN });
      return undefined;
    },
    "a hidden test reported as a sample": (w, runId) => {
      w.send({ type: "test-finished", runId, result: { ...pass("a"), sample: false } });
      return false;
    },
  };
  const finishedSummary = { total: 0, passed: 0, failed: 0, errors: 0, timeouts: 0, durationMs: 1 };

  for (const [name, forge] of Object.entries(cases)) {
    it(`${name} ends the run as interference and replaces the worker`, async () => {
      const { runner, created } = runnerWith(new FakeWorker(forging(forge)));
      const report = await runner.run(JOB);
      expect(report.problem?.message).toMatch(/interfered with grading/);
      expect(report.results).toEqual([]);
      expect(created[0]?.terminated).toBe(true);
      const next = await runner.run(JOB);
      expect(next.problem).toBeUndefined();
      expect(next.summary.passed).toBe(3);
    });
  }

  it("counts a run that reports no tests as an error, not a pass", async () => {
    const empty: Script = (_job, w, runId) => {
      w.send({ type: "plan", runId, tests: [] });
      w.send({ type: "run-finished", runId, stopped: false, summary: finishedSummary });
    };
    const { runner } = runnerWith(new FakeWorker(empty));
    const report = await runner.run(JOB);
    expect(report.problem?.message).toMatch(/No tests ran/);
  });

  it("replaces an interpreter the worker retired: a changed grader voids the run", async () => {
    const tampered: Script = (job, w, runId) => {
      script()(
        job,
        {
          send: (m: WorkerMessage) =>
            w.send(
              m.type === "run-finished"
                ? { ...m, retire: { reason: "tampered", detail: "the function drill.compare._walk was changed" } }
                : m,
            ),
        } as FakeWorker,
        runId,
      );
    };
    const { runner, created } = runnerWith(new FakeWorker(tampered));
    const report = await runner.run(JOB);
    expect(report.results).toEqual([]);
    expect(report.problem?.message).toMatch(
      /changed the grader itself \(the function drill.compare._walk was changed\)/,
    );
    expect(created[0]?.terminated).toBe(true);
    expect((await runner.run(JOB)).summary.passed).toBe(3);
  });

  it("keeps the results of a run that ran out of memory, says so, and replaces the interpreter", async () => {
    const oom: Script = (job, w, runId) => {
      script()(
        job,
        {
          send: (m: WorkerMessage) =>
            w.send(m.type === "run-finished" ? { ...m, retire: { reason: "memory", detail: "MemoryError" } } : m),
        } as FakeWorker,
        runId,
      );
    };
    const { runner, created } = runnerWith(new FakeWorker(oom));
    const report = await runner.run(JOB);
    expect(report.results).toHaveLength(3);
    expect(report.notices.join(" ")).toMatch(/ran out of memory, so Python was restarted/);
    expect(created[0]?.terminated).toBe(true);
  });

  it("uses run ids nobody can guess", async () => {
    const { runner, created } = runnerWith();
    await runner.run(JOB);
    await runner.run(JOB);
    const ids = created.flatMap((w) => w.runIds);
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(id).toMatch(/^run-\d+-[0-9a-f]{24}$/);
  });
});
