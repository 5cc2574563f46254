import type { ReviewItem } from "../../domain/review-schedule";
import { DifficultyBadge } from "../common/badges";
import { plural } from "../common/plural";
import { href } from "../router";
import { useApp } from "../store-context";
import { dueText, RATING_TEXT, reasonsText } from "./review-words";

/** Drills in the review queue: title, why it is there, when it is due (compact: on the home card). */
export function ReviewList(props: { items: ReviewItem[]; now: number; label: string; compact?: boolean }) {
  const { items, now, label, compact = false } = props;
  const challenges = useApp((s) => s.challenges);
  return (
    <ul className={`review-list${compact ? " review-list-compact" : ""}`} aria-label={label}>
      {items.map((item) => {
        const c = challenges.find((x) => x.id === item.challengeId);
        const overdue = item.dueAt < now;
        return (
          <li key={item.challengeId} data-review={item.challengeId}>
            <div className="review-line">
              <a href={href({ page: "drill", id: item.challengeId })}>{c?.title ?? item.challengeId}</a>
              {c && <DifficultyBadge difficulty={c.difficulty} />}
            </div>
            <div className="review-meta">
              <span className="review-reason">{reasonsText(item.reasons)}</span>
              <span aria-hidden="true"> · </span>
              <span className={`review-due${overdue ? " overdue" : ""}`}>
                {overdue ? dueText(item.dueAt, now) : `due ${dueText(item.dueAt, now)}`}
              </span>
              {!compact && (
                <span className="review-interval">
                  {` (interval ${plural(item.intervalDays, "day")}${
                    item.rating ? `, rated ${RATING_TEXT[item.rating].toLowerCase()}` : ""
                  })`}
                </span>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
