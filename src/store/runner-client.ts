/** What the store needs from Python: PythonRunner provides it; tests pass a fake. */
import type { RunReport } from "../domain/results";
import type { GradeJob } from "../runner/protocol";
import type { RunEvents, RunnerState } from "../runner/python-runner";

export interface RunnerClient {
  readonly state: RunnerState;
  readonly detail: string;
  subscribe(listener: (state: RunnerState, detail: string) => void): () => void;
  start(): Promise<void>;
  run(job: GradeJob, events?: RunEvents): Promise<RunReport>;
  stop(): void;
}
