/** Build the harness's job from a challenge and the candidate's code. */
import type { Challenge } from "../domain/challenge";
import type { GradeJob } from "./protocol";

export const OUTPUT_CHARS_PER_TEST = 20_000;

/** options.figures: draw a visualisation drill's figures for the results (the app; not the CLI). */
export function gradeJob(
  challenge: Challenge,
  code: string,
  mode: GradeJob["mode"],
  options: { figures?: boolean } = {},
): GradeJob {
  const job: GradeJob = {
    challenge: {
      id: challenge.id,
      entry: challenge.entry,
      module: challenge.module,
      tests: challenge.tests,
      timeLimitMs: challenge.timeLimitMs,
      packages: [...challenge.packages],
    },
    files: challenge.testFiles,
    reference: challenge.solution,
    code,
    mode,
    limits: { outputChars: OUTPUT_CHARS_PER_TEST },
  };
  if (options.figures && challenge.packages.includes("matplotlib")) job.showFigures = true;
  return job;
}
