import type { Challenge } from "../../domain/challenge";
import { dueForReview } from "../../domain/progress-rules";
import { statusOf } from "../../store/filters-slice";
import { DifficultyBadge } from "../common/badges";
import { plural } from "../common/plural";
import { roadmapOrder } from "../common/roadmap-order";
import { trackLabel } from "../common/track-label";
import { useNow } from "../common/use-now";
import { href } from "../router";
import { useApp } from "../store-context";

/** "Continue where you left off" and "Due for review", side by side at the top of the home page. */
export function ContinueCards() {
  const challenges = useApp((s) => s.challenges);
  const progress = useApp((s) => s.progress);
  const drafts = useApp((s) => s.drafts);
  const setFilter = useApp((s) => s.setFilter);
  const now = useNow(60_000);
  const byId = new Map(challenges.map((c) => [c.id, c]));
  const due = dueForReview(progress, now).flatMap((p) => byId.get(p.challengeId) ?? []);
  const touched = challenges
    .filter((c) => statusOf(progress[c.id]) !== "solved")
    .map((c) => ({ c, at: Math.max(drafts[c.id]?.updatedAt ?? 0, progress[c.id]?.updatedAt ?? 0) }))
    .filter((x) => x.at > 0)
    .sort((a, b) => b.at - a.at)[0]?.c;
  const next = touched ?? roadmapOrder(challenges).find((c) => statusOf(progress[c.id]) !== "solved");
  return (
    <div className="continue-row">
      <section className="card continue-card" aria-labelledby="continue-heading">
        <h2 id="continue-heading" className="card-kicker">
          {touched ? "Continue where you left off" : "Start here"}
        </h2>
        {next ? (
          <DrillLine drill={next} cta={touched ? "Continue" : "Start"} />
        ) : (
          <p>Every drill is solved. Well done!</p>
        )}
      </section>
      <section className="card due-card" aria-labelledby="due-heading">
        <h2 id="due-heading" className="card-kicker">
          Due for review {due.length > 0 && <span className="badge badge-warning">{due.length}</span>}
        </h2>
        {due.length === 0 ? (
          <p className="muted">Nothing due. Drills you missed or solved slowly come back here on a spaced schedule.</p>
        ) : (
          <>
            <ul className="due-list">
              {due.slice(0, 3).map((c) => (
                <li key={c.id}>
                  <a href={href({ page: "drill", id: c.id })}>{c.title}</a>{" "}
                  <DifficultyBadge difficulty={c.difficulty} />
                </li>
              ))}
            </ul>
            {due.length > 3 && (
              <button type="button" className="link" onClick={() => setFilter("status", "due")}>
                Show all {plural(due.length, "drill")} due in the list below
              </button>
            )}
          </>
        )}
      </section>
    </div>
  );
}

function DrillLine({ drill, cta }: { drill: Challenge; cta: string }) {
  return (
    <div className="drill-line">
      <div>
        <a className="drill-line-title" href={href({ page: "drill", id: drill.id })}>
          {drill.title}
        </a>
        <div className="drill-line-meta">
          <DifficultyBadge difficulty={drill.difficulty} />
          <span className="muted">
            {trackLabel(drill.track)} · {drill.minutes} min target
          </span>
        </div>
      </div>
      <a className="btn btn-primary" href={href({ page: "drill", id: drill.id })} aria-label={`${cta}: ${drill.title}`}>
        {cta} →
      </a>
    </div>
  );
}
