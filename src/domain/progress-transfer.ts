/** Merging an export file (read by progress-transfer-format.ts) into this device's data without losing either side. */

import type { Draft, DrillProgress, ProgressSnapshot, SessionRecord } from "./progress";
import { PROGRESS_SCHEMA_VERSION } from "./progress";
import { mergeDrillProgress } from "./progress-rules";
import {
  type CardDraftConflict,
  type CardMergeSummary,
  mergeCardData,
  mergeCardDrafts,
} from "./progress-transfer-cards";

export type { ImportResult } from "./progress-transfer-format";
export { EXPORT_FORMAT, parseImport, serializeExport } from "./progress-transfer-format";

export interface MergeSummary extends CardMergeSummary {
  drillsAdded: number;
  drillsUpdated: number;
  attemptsAdded: number;
  /** Drafts from the file that replaced an older (or missing) draft here. */
  draftsTaken: number;
  /** Drafts from the file that were not newer than this device's, so this device's stayed. */
  draftsKept: number;
  /** Drafts from the file that are newer than, and differ from, this device's: both kept, the user chooses. */
  draftsInConflict: number;
  sessionsAdded: number;
  /** Drills in the file that this version of the app does not have: kept, but not counted. */
  unknownDrills: string[];
}

/** A draft in the file that would have replaced this device's: this device's stays until the user chooses. */
export interface ImportedDraftConflict {
  challengeId: string;
  mine: Draft;
  theirs: Draft;
}

export interface MergeOptions {
  /** The time now: a draft dated later than this is clamped to it, so it cannot win every later merge. */
  now?: number;
  /** The ids of the drills this app has, to name the others in the summary. */
  knownIds?: ReadonlySet<string>;
}

/**
 * Adds the file's records to this device's without losing either side: attempts are united, a
 * draft is taken only where this device has none, sessions are united. A draft that differs
 * from this device's and is newer (or dated in the future) never replaces it: this device's
 * stays and the pair comes back in `conflicts`, for the user to choose, as with two tabs; the
 * same for an unrecorded concept-card answer (`cardDraftConflicts`).
 * Merging the same file twice adds nothing.
 */
export function mergeSnapshots(
  local: ProgressSnapshot,
  incoming: ProgressSnapshot,
  options: MergeOptions = {},
): {
  snapshot: ProgressSnapshot;
  summary: MergeSummary;
  conflicts: ImportedDraftConflict[];
  cardDraftConflicts: CardDraftConflict[];
} {
  const summary: MergeSummary = {
    drillsAdded: 0,
    drillsUpdated: 0,
    attemptsAdded: 0,
    draftsTaken: 0,
    draftsKept: 0,
    draftsInConflict: 0,
    sessionsAdded: 0,
    unknownDrills: [],
    cardsAdded: 0,
    cardsUpdated: 0,
    storiesAdded: 0,
    storiesUpdated: 0,
    cardDraftsTaken: 0,
    cardDraftsKept: 0,
    cardDraftsInConflict: 0,
  };
  const conflicts: ImportedDraftConflict[] = [];
  const { now, knownIds } = options;
  if (knownIds) {
    const ids = new Set([...Object.keys(incoming.progress), ...Object.keys(incoming.drafts)]);
    summary.unknownDrills = [...ids].filter((id) => !knownIds.has(id)).sort();
  }

  const progress = { ...local.progress };
  for (const [id, theirs] of Object.entries(incoming.progress)) {
    const mine = progress[id];
    const merged = mine ? mergeDrillProgress(mine, theirs) : theirs;
    if (mine && sameProgress(mine, merged)) continue;
    progress[id] = merged;
    summary.attemptsAdded += merged.attempts.length - (mine?.attempts.length ?? 0);
    if (mine) summary.drillsUpdated++;
    else summary.drillsAdded++;
  }

  const drafts = { ...local.drafts };
  for (const [id, dated] of Object.entries(incoming.drafts)) {
    const mine = drafts[id];
    if (mine && sameDraft(mine, dated)) continue;
    if (mine && dated.updatedAt <= mine.updatedAt) {
      summary.draftsKept++;
      continue;
    }
    const theirs = now !== undefined && dated.updatedAt > now ? { ...dated, updatedAt: now } : dated;
    if (mine && sameCode(mine, theirs)) {
      summary.draftsKept++;
      continue;
    }
    if (mine) {
      conflicts.push({ challengeId: id, mine, theirs });
      summary.draftsInConflict++;
      continue;
    }
    drafts[id] = { ...theirs, rev: theirs.rev + 1 };
    summary.draftsTaken++;
  }

  const timers = { ...local.timers };
  for (const [id, theirs] of Object.entries(incoming.timers)) {
    const mine = timers[id];
    timers[id] = mine
      ? { ...mine, elapsedMs: Math.max(mine.elapsedMs, theirs.elapsedMs) }
      : { ...theirs, runningSince: null };
  }

  const sessions = new Map(local.sessions.map((s) => [s.id, s]));
  for (const theirs of incoming.sessions) {
    const mine = sessions.get(theirs.id);
    if (!mine) summary.sessionsAdded++;
    if (!mine || isFurtherAlong(theirs, mine)) sessions.set(theirs.id, theirs);
  }

  const { cards, stories } = mergeCardData(
    { cards: local.cards ?? {}, stories: local.stories ?? {} },
    { cards: incoming.cards ?? {}, stories: incoming.stories ?? {} },
    summary,
  );
  const { cardDrafts, conflicts: cardDraftConflicts } = mergeCardDrafts(
    local.cardDrafts ?? {},
    incoming.cardDrafts ?? {},
    summary,
    now,
  );
  const snapshot: ProgressSnapshot = {
    schemaVersion: PROGRESS_SCHEMA_VERSION,
    progress,
    drafts,
    timers,
    sessions: [...sessions.values()].sort((a, b) => a.startedAt - b.startedAt),
    cards,
    stories,
    cardDrafts,
  };
  return { snapshot, summary, conflicts, cardDraftConflicts };
}

function sameProgress(a: DrillProgress, b: DrillProgress): boolean {
  return (
    a.attempts.length === b.attempts.length &&
    a.status === b.status &&
    a.bestTimeMs === b.bestTimeMs &&
    a.hintsUsed === b.hintsUsed &&
    a.revealed === b.revealed &&
    a.updatedAt === b.updatedAt &&
    a.review?.step === b.review?.step &&
    a.review?.dueAt === b.review?.dueAt &&
    a.review?.rating === b.review?.rating
  );
}

function sameDraft(a: Draft, b: Draft): boolean {
  return sameCode(a, b) && a.updatedAt === b.updatedAt;
}

function sameCode(a: Draft, b: Draft): boolean {
  return a.code === b.code && a.customInputs.join("\n") === b.customInputs.join("\n");
}

/** Ended beats running; otherwise more recorded results wins. */
function isFurtherAlong(a: SessionRecord, b: SessionRecord): boolean {
  const aEnded = a.endedAt !== null;
  const bEnded = b.endedAt !== null;
  const answered = (s: SessionRecord) => s.results.length + (s.cardResults?.length ?? 0);
  return aEnded !== bEnded ? aEnded : answered(a) > answered(b);
}
