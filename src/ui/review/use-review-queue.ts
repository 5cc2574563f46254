import { useShallow } from "zustand/react/shallow";
import { endOfLocalDay, reviewQueue } from "../../domain/review-schedule";
import { useNow } from "../common/use-now";
import { useApp } from "../store-context";

/** The review queue as of now (refreshed every minute): due today and coming up. */
export function useReviewQueue() {
  const now = useNow(60_000);
  const progress = useApp((s) => s.progress);
  const ids = useApp(useShallow((s) => s.challenges.map((c) => c.id)));
  const known = new Set(ids);
  return { now, ...reviewQueue(progress, endOfLocalDay(now), (id) => known.has(id)) };
}
