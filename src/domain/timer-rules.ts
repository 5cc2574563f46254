/**
 * The practice timer as pure rules. A running timer is shared by every tab that shows its drill;
 * each such tab confirms it is still open every TIMER_HEARTBEAT_MS, so after a crash or a closed
 * browser the time counts up to the last confirmation, not up to the next visit.
 */
import type { DrillTimer } from "./progress";

export const TIMER_HEARTBEAT_MS = 15_000;
/** Hidden tabs fire timers about once a minute: a running timer unconfirmed for longer was left behind. */
export const TIMER_STALE_MS = 3 * 60_000;

export function newTimer(challengeId: string): DrillTimer {
  return { challengeId, elapsedMs: 0, runningSince: null };
}

/** The time spent: while running, up to now. */
export function elapsedOf(t: DrillTimer | undefined, now: number): number {
  if (!t) return 0;
  return t.elapsedMs + (t.runningSince === null ? 0 : Math.max(0, now - t.runningSince));
}

/** The time spent as far as anyone knows: a running timer no tab confirmed lately counts up to its last confirmation. */
export function confirmedElapsed(t: DrillTimer, now: number): number {
  if (t.runningSince === null || !isStale(t, now)) return elapsedOf(t, now);
  return t.elapsedMs + Math.max(0, (t.heartbeatAt ?? t.runningSince) - t.runningSince);
}

export function isStale(t: DrillTimer, now: number): boolean {
  return t.runningSince !== null && now - (t.heartbeatAt ?? t.runningSince) > TIMER_STALE_MS;
}

export function started(t: DrillTimer, now: number): DrillTimer {
  if (t.runningSince !== null) return t;
  return { challengeId: t.challengeId, elapsedMs: t.elapsedMs, runningSince: now, heartbeatAt: now };
}

export function paused(t: DrillTimer, now: number, byUser: boolean): DrillTimer {
  if (t.runningSince === null) return byUser === Boolean(t.pausedByUser) ? t : { ...t, pausedByUser: byUser };
  return { challengeId: t.challengeId, elapsedMs: confirmedElapsed(t, now), runningSince: null, pausedByUser: byUser };
}

/**
 * A tab opens the drill (or learns that another tab changed its timer while it shows the drill).
 * Running and confirmed lately (a reload, another tab): it goes on. Running but left behind (a crash):
 * the time up to the last confirmation is kept and it starts again now. Paused when leaving a page:
 * it starts again. Paused with the button: only opening the drill (`opening`) starts it again.
 * Returns the timer to save, or null when nothing changes.
 */
export function resumed(stored: DrillTimer | undefined, challengeId: string, now: number, opening: boolean) {
  const t = stored ?? newTimer(challengeId);
  if (t.runningSince !== null) {
    if (!isStale(t, now)) return null;
    return started(paused(t, now, false), now);
  }
  if (t.pausedByUser && !opening) return null;
  return started(t, now);
}

export function withHeartbeat(t: DrillTimer, now: number): DrillTimer {
  return t.runningSince === null ? t : { ...t, heartbeatAt: now };
}

/**
 * One drill's timer as this tab holds it (`mine`) and as storage has it (`stored`, written by
 * another tab or an earlier visit). A timer only grows, so the one with more time spent is the
 * truer one: a fresh timer started before the stored one was read never replaces it. At equal
 * time a running timer wins over a paused one (another tab still shows the drill).
 */
export function mergeTimer(stored: DrillTimer | undefined, mine: DrillTimer | undefined, now: number) {
  if (!stored) return mine;
  if (!mine) return stored;
  const a = confirmedElapsed(stored, now);
  const b = confirmedElapsed(mine, now);
  if (a !== b) return a > b ? stored : mine;
  if ((stored.runningSince === null) !== (mine.runningSince === null)) {
    return stored.runningSince !== null ? stored : mine;
  }
  return (stored.heartbeatAt ?? 0) >= (mine.heartbeatAt ?? 0) ? stored : mine;
}
