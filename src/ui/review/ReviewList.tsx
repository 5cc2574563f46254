import type { CardSummary } from "../../domain/cards";
import type { ReviewItem } from "../../domain/review-schedule";
import { DifficultyBadge } from "../common/badges";
import { plural } from "../common/plural";
import { useCardIndex } from "../concepts/use-deck";
import { href } from "../router";
import { useApp } from "../store-context";
import { dueText, RATING_TEXT, reasonsText } from "./review-words";

/** Drills and cards in the review queue: title, why it is there, when it is due (compact: on the home card). */
export function ReviewList(props: { items: ReviewItem[]; now: number; label: string; compact?: boolean }) {
  const { items, now, label, compact = false } = props;
  const challenges = useApp((s) => s.challenges);
  // card titles come from cards-index.json, fetched only when a card is listed
  const { cards } = useCardIndex(items.some((i) => i.kind === "card"));
  return (
    <ul className={`review-list${compact ? " review-list-compact" : ""}`} aria-label={label}>
      {items.map((item) => {
        if (item.kind === "card") {
          const card = cards?.find((x) => x.id === item.challengeId);
          return <CardItem key={`card:${item.challengeId}`} item={item} card={card} now={now} compact={compact} />;
        }
        const c = challenges.find((x) => x.id === item.challengeId);
        const overdue = item.dueAt < now;
        return (
          <li key={`drill:${item.challengeId}`} data-review={item.challengeId}>
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

function CardItem(props: { item: ReviewItem; card: CardSummary | undefined; now: number; compact: boolean }) {
  const { item, card, now, compact } = props;
  const overdue = item.dueAt < now;
  return (
    <li data-review-card={item.challengeId}>
      <div className="review-line">
        <a href={href({ page: "concept", id: item.challengeId })}>{card?.title ?? item.challengeId}</a>
        <span className="badge badge-accent">{card?.kind === "behavioural" ? "Prompt" : "Concept"}</span>
        {card && <DifficultyBadge difficulty={card.difficulty} />}
      </div>
      <div className="review-meta">
        <span className="review-reason">
          {item.rating ? `answered, rated ${RATING_TEXT[item.rating].toLowerCase()}` : "answered"}
        </span>
        <span aria-hidden="true"> · </span>
        <span className={`review-due${overdue ? " overdue" : ""}`}>
          {overdue ? dueText(item.dueAt, now) : `due ${dueText(item.dueAt, now)}`}
        </span>
        {!compact && <span className="review-interval">{` (interval ${plural(item.intervalDays, "day")})`}</span>}
      </div>
    </li>
  );
}
