// The store drives runs through an injected runner: a fake here, so no Python is needed.
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/catalog/catalog";
import { readFolder } from "../../src/cli/load-challenges";
import type { RunReport } from "../../src/domain/results";
import type { GradeJob } from "../../src/runner/protocol";
import type { RunEvents, RunnerState } from "../../src/runner/python-runner";
import { createAppStore } from "../../src/store/app-store";
import type { RunnerClient } from "../../src/store/runner-client";

class FakeRunner implements RunnerClient {
  state: RunnerState = "booting";
  detail = "";
  jobs: GradeJob[] = [];
  private listener: (s: RunnerState, d: string) => void = () => {};
  subscribe(l: (s: RunnerState, d: string) => void) {
    this.listener = l;
    return () => {};
  }
  set(state: RunnerState) {
    this.state = state;
    this.listener(state, "");
  }
  start() {
    return Promise.resolve();
  }
  async run(job: GradeJob, events?: RunEvents): Promise<RunReport> {
    this.jobs.push(job);
    const result = {
      id: "case-1",
      name: "case 1",
      sample: true,
      status: "pass" as const,
      durationMs: 1,
      detailed: true,
    };
    events?.onPlan?.([{ id: "case-1", name: "case 1", sample: true, fingerprint: "x" }]);
    events?.onOutput?.("case-1", "stdout", "hello\n");
    events?.onTestFinished?.(result);
    return {
      results: [result],
      summary: { total: 1, passed: 1, failed: 0, errors: 0, timeouts: 0, durationMs: 1 },
      stopped: false,
      notices: [],
    };
  }
  stopped = 0;
  stop() {
    this.stopped += 1;
  }
}

const catalog = buildCatalog([readFolder("challenges/python/two-sum")]);

describe("app store", () => {
  it("follows the runner's state", () => {
    const runner = new FakeRunner();
    const store = createAppStore({ catalog, runner });
    expect(store.getState().python.state).toBe("booting");
    runner.set("ready");
    expect(store.getState().python.state).toBe("ready");
  });

  it("grades the draft, not the starter, and keeps the report and output", async () => {
    const runner = new FakeRunner();
    const store = createAppStore({ catalog, runner });
    store.getState().setDraft("two-sum", "def two_sum(nums, target):\n    return [0, 1]\n");
    await store.getState().run("run");
    expect(runner.jobs[0]).toMatchObject({ mode: "run", code: "def two_sum(nums, target):\n    return [0, 1]\n" });
    expect(store.getState().report?.summary.passed).toBe(1);
    expect(store.getState().output).toBe("hello\n");
    expect(store.getState().running).toBeNull();
  });

  it("runs the starter when there is no draft, and reset drops the draft", async () => {
    const runner = new FakeRunner();
    const store = createAppStore({ catalog, runner });
    store.getState().setDraft("two-sum", "x = 1\n");
    store.getState().resetDraft("two-sum");
    await store.getState().run("submit");
    expect(runner.jobs[0]?.code).toBe(catalog.challenges[0]?.starter);
    expect(runner.jobs[0]?.mode).toBe("submit");
  });

  it("passes Stop to the runner", () => {
    const runner = new FakeRunner();
    const store = createAppStore({ catalog, runner });
    store.getState().stop();
    expect(runner.stopped).toBe(1);
  });
});
