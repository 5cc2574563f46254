import type { Difficulty } from "../../domain/challenge";
import type { DrillStatus } from "../../domain/progress";

const DIFFICULTY_LABEL: Record<Difficulty, string> = { easy: "Easy", medium: "Medium", hard: "Hard" };
const STATUS_LABEL: Record<DrillStatus, string> = { new: "New", attempted: "Attempted", solved: "Solved" };

/** Difficulty in colour and in words. */
export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  return <span className={`badge badge-${difficulty}`}>{DIFFICULTY_LABEL[difficulty]}</span>;
}

/** A drill's status: a mark (empty, half, full) and a word. */
export function StatusMark({ status }: { status: DrillStatus }) {
  return <span className={`status status-${status}`}>{STATUS_LABEL[status]}</span>;
}
