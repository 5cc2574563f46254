/**
 * The order in which the harness speaks during one run, checked message by message: a message
 * the harness would not send at that point was forged (or the harness was changed), and the host
 * ends the run rather than trust it.
 *
 *   packages-loading?  plan  test-started(__load__)  (test-started  test-returned?  test-finished)*  run-finished
 *
 * (challenge-timer pairs, around the challenge's own code, come before the first test result.)
 * (the unittest form loads the candidate before its plan; tests the candidate's code never
 * reached finish without starting; output may come at any point; run-failed ends any run.)
 */
import { TEST_STATUSES } from "../domain/results";
import { CUSTOM_PHASE, LOAD_PHASE, type WorkerMessage } from "./protocol";

export class RunOrder {
  /** Planned test ids, with whether each is a sample. */
  private plan: Map<string, boolean> | null = null;
  private readonly finished = new Set<string>();
  private current: { id: string; returned: boolean } | null = null;
  private loaded = false;
  private customStarted = false;
  private customAnswered = false;

  constructor(private readonly custom: boolean) {}

  /** Why this message cannot come now, or null when it can (and is now taken into account). */
  refuse(m: WorkerMessage, stopRequested: boolean): string | null {
    switch (m.type) {
      case "packages-loading":
        return this.plan || this.loaded || this.current ? "packages loading after the tests began" : null;
      case "plan":
        return this.takePlan(m.tests);
      case "test-started":
        return this.start(m.testId);
      case "test-returned": {
        const c = this.current;
        if (!c || c.id !== m.testId || c.returned || this.isPhase(c.id)) return "a test returned out of turn";
        c.returned = true;
        return null;
      }
      case "test-finished":
        return this.finish(m.result.id, m.result.sample, m.result.status);
      case "challenge-timer": {
        const c = this.current;
        const busy = c !== null && !this.isPhase(c.id) && !this.finished.has(c.id);
        return busy || this.finished.size > 0 ? "the challenge's code timed during a test" : null;
      }
      case "output":
        return null;
      case "custom-result":
        if (!this.custom || this.customAnswered) return "an answer nobody asked for";
        this.customAnswered = true;
        return null;
      case "run-finished":
        if (m.stopped && !stopRequested) return "a run that claims it was stopped";
        if (this.custom) return null;
        if (!this.plan) return "a run that ended without a plan";
        if (!m.stopped && this.finished.size !== this.plan.size)
          return "a run that ended before every test had a result";
        return null;
      case "run-failed":
      case "fatal":
        return null;
      default:
        return `a ${m.type} message during a run`;
    }
  }

  private isPhase(id: string): boolean {
    return id === LOAD_PHASE || id === CUSTOM_PHASE;
  }

  private takePlan(tests: { id: string; sample: boolean }[]): string | null {
    if (this.plan || this.custom) return "a second plan";
    const plan = new Map<string, boolean>();
    for (const t of tests) {
      if (plan.has(t.id)) return "a plan with the same test twice";
      plan.set(t.id, t.sample);
    }
    this.plan = plan;
    return null;
  }

  private start(id: string): string | null {
    const c = this.current;
    const busy = c !== null && !this.isPhase(c.id) && !this.finished.has(c.id);
    if (id === LOAD_PHASE) {
      if (this.loaded || busy || this.finished.size > 0) return "a second load of the code";
      this.loaded = true;
    } else if (id === CUSTOM_PHASE) {
      if (!this.custom || this.customStarted) return "an input evaluated out of turn";
      this.customStarted = true;
    } else if (!this.plan?.has(id) || this.finished.has(id) || busy) {
      return "a test started out of turn";
    }
    this.current = { id, returned: false };
    return null;
  }

  private finish(id: string, sample: boolean, status: string): string | null {
    if (this.custom || !this.plan) return "a test result before the plan";
    if (this.plan.get(id) !== sample || this.finished.has(id)) return "a result for a test not due";
    if (!(TEST_STATUSES as readonly string[]).includes(status)) return "a result with an unknown status";
    const c = this.current;
    if (c && !this.isPhase(c.id) && !this.finished.has(c.id) && c.id !== id) return "a result for another test";
    this.finished.add(id);
    return null;
  }
}
