/** The export file's concept-card answers and story bank: read without trusting them, merged without losing either side. */
import type { CardAnswer, CardProgress } from "./cards";
import { MAX_ANSWERS_PER_CARD } from "./cards";
import {
  amount,
  type Check,
  fail,
  fields,
  flag,
  id,
  type Json,
  listOf,
  matches,
  nullable,
  oneOf,
  recordOf,
  text,
  time,
  uniqueIds,
  whole,
} from "./json-checks";
import type { CardDraft, ReviewState, SessionCardResult } from "./progress";
import { REVIEW_RATINGS } from "./progress";
import { MAX_STORY_FIELD_CHARS, STAR_FIELDS, type Story } from "./stories";

export interface CardMergeSummary {
  cardsAdded: number;
  cardsUpdated: number;
  storiesAdded: number;
  storiesUpdated: number;
  /** Unrecorded card answers from the file taken where this device had none. */
  cardDraftsTaken: number;
  /** Unrecorded card answers from the file that were not newer than this device's (or the same text). */
  cardDraftsKept: number;
  /** Unrecorded card answers from the file newer than, and different from, this device's: both kept, the user chooses. */
  cardDraftsInConflict: number;
}

/** An unrecorded card answer in the file that would have replaced this device's: this device's stays until the user chooses. */
export interface CardDraftConflict {
  cardId: string;
  mine: CardDraft;
  theirs: CardDraft;
}

export function readCards(readReview: Check<ReviewState>): Check<Record<string, CardProgress>> {
  return recordOf((value, path, key) => {
    const f = fields(value, path);
    const cardId = f("cardId", id);
    matches(cardId, key, `${path}.cardId`, "the key it is saved under");
    return {
      cardId,
      answers: uniqueIds(f("answers", listOf(readAnswer)), `${path}.answers`),
      review: f("review", nullable(readReview)),
      updatedAt: f("updatedAt", time),
    };
  });
}

function readAnswer(value: unknown, path: string): CardAnswer {
  const f = fields(value, path);
  const answer: CardAnswer = {
    id: f("id", id),
    at: f("at", time),
    text: f("text", boundedText),
    aloud: f("aloud", flag),
    elapsedMs: f("elapsedMs", amount),
    pointsTicked: f("pointsTicked", listOf(whole)),
    pointsTotal: f("pointsTotal", whole),
    rating: f("rating", oneOf(REVIEW_RATINGS)),
  };
  if ((value as Json).sessionId !== undefined) answer.sessionId = f("sessionId", id);
  if (answer.pointsTicked.some((i) => i >= answer.pointsTotal))
    fail(`${path}.pointsTicked`, "must be below pointsTotal");
  return answer;
}

const boundedText: Check<string> = (value, path) => {
  const t = text(value, path);
  if (t.length > MAX_STORY_FIELD_CHARS) fail(path, `must be at most ${MAX_STORY_FIELD_CHARS} characters`);
  return t;
};

export const readStories: Check<Record<string, Story>> = recordOf((value, path, key) => {
  const f = fields(value, path);
  const storyId = f("id", id);
  matches(storyId, key, `${path}.id`, "the key it is saved under");
  const story: Story = {
    id: storyId,
    title: f("title", boundedText),
    situation: "",
    task: "",
    action: "",
    result: "",
    prompts: f("prompts", listOf(id)),
    createdAt: f("createdAt", time),
    updatedAt: f("updatedAt", time),
  };
  for (const field of STAR_FIELDS) story[field] = f(field, boundedText);
  return story;
});

export const readCardDrafts: Check<Record<string, CardDraft>> = recordOf((value, path, key) => {
  const f = fields(value, path);
  const cardId = f("cardId", id);
  matches(cardId, key, `${path}.cardId`, "the key it is saved under");
  const draft: CardDraft = { cardId, text: f("text", boundedText), updatedAt: f("updatedAt", time) };
  if (draft.text.trim() === "") fail(`${path}.text`, "must not be blank");
  return draft;
});

export const readSessionCardResult: Check<SessionCardResult> = (value, path) => {
  const f = fields(value, path);
  const result: SessionCardResult = {
    cardId: f("cardId", id),
    elapsedMs: f("elapsedMs", amount),
    rating: f("rating", nullable(oneOf(REVIEW_RATINGS))),
    pointsTicked: f("pointsTicked", whole),
    pointsTotal: f("pointsTotal", whole),
  };
  if (result.pointsTicked > result.pointsTotal) fail(`${path}.pointsTicked`, "must not be more than pointsTotal");
  return result;
};

/**
 * Answers are united (by id); the schedule set by the most recent answer wins. Stories: the more
 * recently edited copy wins; a story only on one side is kept. Merging the same file twice adds nothing.
 */
export function mergeCardData(
  local: { cards: Record<string, CardProgress>; stories: Record<string, Story> },
  incoming: { cards: Record<string, CardProgress>; stories: Record<string, Story> },
  summary: CardMergeSummary,
): { cards: Record<string, CardProgress>; stories: Record<string, Story> } {
  const cards = { ...local.cards };
  for (const [cardId, theirs] of Object.entries(incoming.cards)) {
    const mine = cards[cardId];
    if (!mine) {
      cards[cardId] = theirs;
      summary.cardsAdded++;
      continue;
    }
    const known = new Set(mine.answers.map((a) => a.id));
    const added = theirs.answers.filter((a) => !known.has(a.id));
    const theirsNewer = (theirs.review?.attemptAt ?? 0) > (mine.review?.attemptAt ?? 0);
    if (added.length === 0 && !theirsNewer) continue;
    cards[cardId] = {
      cardId,
      answers: [...mine.answers, ...added].sort((a, b) => a.at - b.at).slice(-MAX_ANSWERS_PER_CARD),
      review: theirsNewer ? theirs.review : mine.review,
      updatedAt: Math.max(mine.updatedAt, theirs.updatedAt),
    };
    summary.cardsUpdated++;
  }
  const stories = { ...local.stories };
  for (const [storyId, theirs] of Object.entries(incoming.stories)) {
    const mine = stories[storyId];
    if (!mine) summary.storiesAdded++;
    else if (theirs.updatedAt > mine.updatedAt) summary.storiesUpdated++;
    else continue;
    stories[storyId] = theirs;
  }
  return { cards, stories };
}

/**
 * The rules of drill drafts: a card answer is taken where this device has none; one not newer, or
 * with the same text, leaves this device's alone; a newer one that differs never replaces this
 * device's: both stay, and the pair comes back in `conflicts` for the user to choose on the card's page.
 */
export function mergeCardDrafts(
  local: Record<string, CardDraft>,
  incoming: Record<string, CardDraft>,
  summary: CardMergeSummary,
  now?: number,
): { cardDrafts: Record<string, CardDraft>; conflicts: CardDraftConflict[] } {
  const cardDrafts = { ...local };
  const conflicts: CardDraftConflict[] = [];
  for (const [cardId, dated] of Object.entries(incoming)) {
    const mine = cardDrafts[cardId];
    if (mine && mine.text === dated.text) {
      if (mine.updatedAt !== dated.updatedAt) summary.cardDraftsKept++;
      continue;
    }
    if (mine && dated.updatedAt <= mine.updatedAt) {
      summary.cardDraftsKept++;
      continue;
    }
    const theirs = now !== undefined && dated.updatedAt > now ? { ...dated, updatedAt: now } : dated;
    if (mine) {
      conflicts.push({ cardId, mine, theirs });
      summary.cardDraftsInConflict++;
      continue;
    }
    cardDrafts[cardId] = theirs;
    summary.cardDraftsTaken++;
  }
  return { cardDrafts, conflicts };
}
