import { useShallow } from "zustand/react/shallow";
import type { Difficulty, TrackId } from "../../domain/challenge";
import { mockPool } from "../../domain/session-rules";
import { isRunnable } from "../../store/offline-slice";
import { useApp } from "../store-context";

/** On the mock setup page: how many drills the chosen tracks and difficulties leave, and how many can run now. */
export function MockAvailability({
  tracks,
  difficulties,
  count,
}: {
  tracks: TrackId[];
  difficulties: Difficulty[];
  count: number;
}) {
  const pool = useApp(
    useShallow((s) => {
      const p = mockPool(s.challenges, { tracks, difficulties }, (c) => isRunnable(s, c.packages));
      return [p.matching.length, p.runnable.length];
    }),
  );
  const [matching = 0, runnable = 0] = pool;
  const blocked = matching - runnable;
  return (
    <p role="status" className="mock-availability">
      {runnable} drill{runnable === 1 ? "" : "s"} available under these filters
      {blocked > 0 &&
        ` (${blocked} more cannot run now: their packages are not on this device and cannot be downloaded)`}
      .{runnable > 0 && runnable < count && ` The interview will have ${runnable}, not ${count}.`}
      {runnable === 0 && " Choose other tracks or difficulties."}
    </p>
  );
}
