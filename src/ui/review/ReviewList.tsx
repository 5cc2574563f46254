import type { ReviewItem } from "../../domain/review-schedule";
import { href } from "../router";
import { useApp } from "../store-context";
import { dueText, RATING_TEXT, reasonsText } from "./review-words";

/** Drills in the review queue: title, why it is there, when it is due. */
export function ReviewList({ items, now, label }: { items: ReviewItem[]; now: number; label: string }) {
  const challenges = useApp((s) => s.challenges);
  return (
    <ul className="review-list" aria-label={label}>
      {items.map((item) => {
        const c = challenges.find((x) => x.id === item.challengeId);
        return (
          <li key={item.challengeId} data-review={item.challengeId}>
            <a href={href({ page: "drill", id: item.challengeId })}>{c?.title ?? item.challengeId}</a>{" "}
            <span className="review-reason">· {reasonsText(item.reasons)}</span>{" "}
            <span className="review-due">
              · due {dueText(item.dueAt, now)} (interval {item.intervalDays} day{item.intervalDays === 1 ? "" : "s"}
              {item.rating ? `, rated ${RATING_TEXT[item.rating].toLowerCase()}` : ""})
            </span>
          </li>
        );
      })}
    </ul>
  );
}
