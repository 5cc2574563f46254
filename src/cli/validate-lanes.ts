/**
 * `drill validate` over many challenges in lanes side by side: each lane has its own Pythons (a
 * Pyodide thread, native processes) and takes the next challenge from one shared queue, so the
 * machine's cores all work and a slow drill holds up only its own lane. Every run still gets a
 * fresh interpreter, so lanes cannot affect each other's verdicts. Results are reported in the
 * challenges' order, whatever order they finish in.
 */
import { availableParallelism } from "node:os";
import type { Challenge } from "../domain/challenge";
import type { Runtimes } from "./runtimes";
import { type StepTimes, type Validation, validateChallenge } from "./validate";

/** How many lanes by default: one per core, at most this many (each lane holds a Pyodide of ~100 MB). */
export const MAX_DEFAULT_LANES = 4;

/** Lanes to use: DRILL_JOBS when set (a positive integer), else one per core up to MAX_DEFAULT_LANES. */
export function laneCount(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  const asked = Number.parseInt(env.DRILL_JOBS ?? "", 10);
  if (Number.isInteger(asked) && asked > 0) return asked;
  return Math.max(1, Math.min(cores, MAX_DEFAULT_LANES));
}

export interface LaneOptions {
  lanes: number;
  /** Pythons for one lane; each lane's are disposed when the lane is done. */
  runtimes: () => Runtimes;
  /** Called once per challenge, in the challenges' order. */
  onResult?: (v: Validation, index: number) => void;
  /** Per-step times for each challenge (scripts/profile-validate.ts). */
  onTimes?: (times: StepTimes, index: number) => void;
  /** What validates one challenge (tests give a stand-in). */
  validate?: typeof validateChallenge;
}

export async function validateInLanes(challenges: Challenge[], options: LaneOptions): Promise<Validation[]> {
  const validate = options.validate ?? validateChallenge;
  const results: (Validation | undefined)[] = new Array(challenges.length);
  let next = 0;
  let reported = 0;
  const report = () => {
    while (reported < challenges.length && results[reported]) {
      options.onResult?.(results[reported] as Validation, reported);
      reported += 1;
    }
  };
  let failure: unknown = null;
  const lane = async () => {
    const runtimes = options.runtimes();
    try {
      while (next < challenges.length && failure === null) {
        const index = next++;
        const times: StepTimes | undefined = options.onTimes ? {} : undefined;
        const started = performance.now();
        results[index] = await validate(challenges[index] as Challenge, runtimes, times);
        if (times) {
          times.total = Math.round(performance.now() - started);
          options.onTimes?.(times, index);
        }
        report();
      }
    } catch (e) {
      // a bad packages folder and the like: stop every lane and let the command say why
      failure ??= e;
    } finally {
      runtimes.dispose();
    }
  };
  const count = Math.max(1, Math.min(options.lanes, challenges.length));
  await Promise.all(Array.from({ length: count }, lane));
  if (failure !== null) throw failure;
  return results as Validation[];
}
