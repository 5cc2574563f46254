import { useShallow } from "zustand/react/shallow";
import { endOfLocalDay, mixedReviewQueue } from "../../domain/review-schedule";
import { useNow } from "../common/use-now";
import { useApp } from "../store-context";

/** The review queue as of now (refreshed every minute): drills and concept cards, due today and coming up. */
export function useReviewQueue() {
  const now = useNow(60_000);
  const progress = useApp((s) => s.progress);
  const cards = useApp((s) => s.cardProgress);
  const ids = useApp(useShallow((s) => s.challenges.map((c) => c.id)));
  const known = new Set(ids);
  return { now, ...mixedReviewQueue(progress, cards, endOfLocalDay(now), (id) => known.has(id)) };
}
