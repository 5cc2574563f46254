import { type Challenge, STAGES } from "../../domain/challenge";
import type { DrillProgress } from "../../domain/progress";

const stageIndex = (c: Challenge) => STAGES.findIndex((s) => s.id === c.stage);

/** Drills in roadmap order: by stage, then as the catalog lists them. */
export function roadmapOrder(challenges: Challenge[]): Challenge[] {
  return challenges
    .map((c, i) => ({ c, i }))
    .sort((a, b) => stageIndex(a.c) - stageIndex(b.c) || a.i - b.i)
    .map((x) => x.c);
}

/** The next unsolved drill after `currentId` in roadmap order (wrapping round), or null when all are solved. */
export function nextDrill(
  challenges: Challenge[],
  progress: Record<string, DrillProgress>,
  currentId: string,
): Challenge | null {
  const order = roadmapOrder(challenges);
  const at = order.findIndex((c) => c.id === currentId);
  const rotated = [...order.slice(at + 1), ...order.slice(0, Math.max(0, at))];
  return rotated.find((c) => progress[c.id]?.status !== "solved") ?? null;
}
