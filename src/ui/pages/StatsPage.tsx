import { BarChart } from "../charts/BarChart";
import { PracticeCalendar } from "../charts/PracticeCalendar";
import { TimeScatter } from "../charts/TimeScatter";
import { plural } from "../common/plural";
import { useNow } from "../common/use-now";
import { useDocumentTitle } from "../page-focus";
import {
  accuracyPerTrack,
  allAttempts,
  currentStreak,
  longestStreak,
  practiceDays,
  solvedPerStage,
  timePoints,
} from "../stats/stats-data";
import { useApp } from "../store-context";

export function StatsPage() {
  const challenges = useApp((s) => s.challenges);
  const progress = useApp((s) => s.progress);
  const now = useNow(60_000);
  useDocumentTitle("Stats");
  const attempts = allAttempts(progress);
  const days = practiceDays(attempts);
  const known = new Set(challenges.map((c) => c.id));
  // an import may hold drills this version does not have: kept, but not counted as solved
  const solved = Object.values(progress).filter((p) => p.status === "solved" && known.has(p.challengeId)).length;
  const points = timePoints(attempts, challenges);
  const streak = currentStreak(days, now);
  const withinTarget = points.filter((p) => p.elapsedMs <= p.targetMs).length;
  return (
    <div className="page stats">
      <header className="page-header">
        <div>
          <h1>Your stats</h1>
          <p>
            {plural(attempts.length, "submission")} · {plural(solved, "drill")} solved
          </p>
        </div>
      </header>
      <dl className="stat-tiles">
        <div className="card stat-tile">
          <dt>Drills solved</dt>
          <dd>
            {solved} <span className="muted">of {challenges.length}</span>
          </dd>
        </div>
        <div className="card stat-tile">
          <dt>Current streak</dt>
          <dd>{plural(streak, "day")}</dd>
        </div>
        <div className="card stat-tile">
          <dt>Longest streak</dt>
          <dd>{plural(longestStreak(days), "day")}</dd>
        </div>
        <div className="card stat-tile">
          <dt>Solves within target</dt>
          <dd>
            {points.length ? `${Math.round((withinTarget / points.length) * 100)}%` : "–"}{" "}
            <span className="muted">of {plural(points.length, "solve")}</span>
          </dd>
        </div>
      </dl>
      <section className="card chart-card" aria-labelledby="time-heading">
        <h2 id="time-heading">Time against target</h2>
        <p className="muted">Every solve, by date: below the dashed line you beat the drill's target time.</p>
        <TimeScatter points={points} />
      </section>
      <div className="chart-grid">
        <section className="card chart-card" aria-labelledby="stage-heading">
          <h2 id="stage-heading">Solved per stage</h2>
          <BarChart title="Solved per stage" bars={solvedPerStage(challenges, progress)} axisLabel="Drills solved" />
        </section>
        <section className="card chart-card" aria-labelledby="accuracy-heading">
          <h2 id="accuracy-heading">Accuracy per track</h2>
          <BarChart
            title="Accuracy per track"
            bars={accuracyPerTrack(attempts, challenges)}
            axisLabel="Submissions that passed every test"
            unit="%"
            max={100}
          />
        </section>
      </div>
      <section className="card chart-card" aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">
          Practice days{" "}
          <span className={streak > 0 ? "badge badge-success" : "badge"}>
            {streak > 0 ? `${plural(streak, "day")} streak` : "No current streak"}
          </span>
        </h2>
        <PracticeCalendar days={days} now={now} />
      </section>
    </div>
  );
}
