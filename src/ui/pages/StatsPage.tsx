import { STAGES, TRACKS } from "../../domain/challenge";
import { BarChart } from "../common/BarChart";
import { TimeChart } from "../common/TimeChart";
import { useApp } from "../store-context";

export function StatsPage() {
  const challenges = useApp((s) => s.challenges);
  const progress = useApp((s) => s.progress);
  const attempts = Object.values(progress).flatMap((p) => p.attempts);
  const title = new Map(challenges.map((c) => [c.id, c.title]));
  const solvedPerStage = STAGES.map((stage) => {
    const ids = challenges.filter((c) => c.stage === stage.id).map((c) => c.id);
    const solved = ids.filter((id) => progress[id]?.status === "solved").length;
    return { label: stage.title, value: solved, max: ids.length, text: `${solved} of ${ids.length}` };
  });
  const accuracy = TRACKS.map((track) => {
    const mine = attempts.filter((a) => challenges.find((c) => c.id === a.challengeId)?.track === track);
    const solved = mine.filter((a) => a.solved).length;
    return {
      label: track,
      value: solved,
      max: mine.length,
      text: mine.length ? `${Math.round((solved / mine.length) * 100)}% of ${mine.length}` : "no attempts",
    };
  });
  const points = attempts
    .filter((a) => a.solved && a.targetMs > 0)
    .sort((a, b) => a.at - b.at)
    .map((a) => ({ at: a.at, ratio: a.elapsedMs / a.targetMs, label: title.get(a.challengeId) ?? a.challengeId }));
  return (
    <div className="stats">
      <h1>Your stats</h1>
      <p>
        {attempts.length} submissions ·{" "}
        {Object.values(progress).filter((p) => p.status === "solved" && title.has(p.challengeId)).length} drills solved
      </p>
      <BarChart title="Solved per roadmap stage" bars={solvedPerStage} />
      <TimeChart title="Time against target, solved attempts over time" points={points} />
      <BarChart title="Accuracy by track (submissions that passed every test)" bars={accuracy} />
    </div>
  );
}
