import type { Challenge } from "../../domain/challenge";
import { statusOf } from "../../store/filters-slice";
import { DifficultyBadge } from "../common/badges";
import { roadmapOrder } from "../common/roadmap-order";
import { trackLabel } from "../common/track-label";
import { ReviewCard } from "../review/ReviewCard";
import { href } from "../router";
import { useApp } from "../store-context";

/** "Continue where you left off" and the review queue's card, side by side at the top of the home page. */
export function ContinueCards() {
  const challenges = useApp((s) => s.challenges);
  const progress = useApp((s) => s.progress);
  const drafts = useApp((s) => s.drafts);
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
      <ReviewCard />
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
