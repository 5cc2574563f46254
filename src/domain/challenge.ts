/** The challenge model: what a drill is, independent of where it is stored or run. */

export const STAGES = [
  { id: "python-basics", title: "Python basics for AI", tracks: ["python"] },
  { id: "data-handling", title: "Data handling and analysis", tracks: ["numpy", "pandas", "visualisation"] },
  { id: "core-ml", title: "Core machine learning", tracks: ["metrics", "ml"] },
  { id: "deep-learning", title: "Deep learning fundamentals", tracks: ["deep-learning"] },
  { id: "advanced-ai", title: "Advanced AI", tracks: ["nlp", "rl", "responsible-ai"] },
  { id: "end-to-end", title: "End-to-end projects", tracks: ["end-to-end"] },
] as const;

export type StageId = (typeof STAGES)[number]["id"];
export type TrackId = (typeof STAGES)[number]["tracks"][number];
export const TRACKS: readonly TrackId[] = STAGES.flatMap((s) => s.tracks);

export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** The packages drills commonly declare, by their Pyodide package names; any name in Pyodide's lock file works. */
export const PACKAGES = ["numpy", "pandas", "scikit-learn"] as const;
export type PackageName = string;

export const DEFAULT_TIME_LIMIT_MS = 10_000;

export type TestsConfig =
  | { kind: "cases"; file: string }
  /** imported: an existing suite brought as it is, exempt from the minimum test counts outside the catalogue. */
  | { kind: "unittest"; file: string; samples: string[]; imported?: boolean };

export interface Challenge {
  id: string;
  title: string;
  track: TrackId;
  stage: StageId;
  difficulty: Difficulty;
  minutes: number;
  tags: string[];
  packages: PackageName[];
  /** The function or class the candidate writes. */
  entry: string;
  /** The module name the candidate's code is importable as (unittest suites import it). */
  module: string;
  timeLimitMs: number;
  tests: TestsConfig;
  hints: string[];
  statement: string;
  starter: string;
  solution: string;
  explanation: string;
  /** The tests file and helper modules, by file name. */
  testFiles: Record<string, string>;
  /** Source of crosscheck.py: compares the reference with scikit-learn, run natively by validate. */
  crosscheck: string | null;
  /** Where the challenge came from, for messages: "challenges/python/two-sum". */
  source: string;
}

export function stageOfTrack(track: TrackId): StageId {
  const stage = STAGES.find((s) => (s.tracks as readonly string[]).includes(track));
  if (!stage) throw new Error(`unknown track ${track}`);
  return stage.id;
}
