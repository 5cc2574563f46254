/** Concept cards and behavioural prompts: what a card is, and the candidate's answers to it. No I/O here. */
import type { Difficulty, StageId, TrackId } from "./challenge";
import type { ReviewRating, ReviewState } from "./progress";

export const CARD_KINDS = ["concept", "behavioural"] as const;
export type CardKind = (typeof CARD_KINDS)[number];

export const BEHAVIOURAL_STAGE = "behavioural";
export type CardStage = StageId | typeof BEHAVIOURAL_STAGE;

export const BEHAVIOURAL_AREAS = [
  "collaboration",
  "disagreement",
  "failure",
  "explaining",
  "uncertainty",
  "leadership",
  "motivation",
] as const;
export type BehaviouralArea = (typeof BEHAVIOURAL_AREAS)[number];

export const ROADMAP_QUESTIONS = ["Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "Q10"] as const;

/** The body's sections, in the order the file must give them. */
export const CARD_SECTIONS = [
  "Question",
  "Answer",
  "Deeper",
  "Key points",
  "Common wrong answers",
  "Follow-up",
] as const;

export interface WrongAnswer {
  /** The wrong or weak answer. */
  claim: string;
  /** Why it is wrong ("" when the file gives no reason after " - "). */
  why: string;
}

export interface ConceptCard {
  id: string;
  kind: CardKind;
  title: string;
  stage: CardStage;
  track: TrackId | null;
  difficulty: Difficulty;
  tags: string[];
  /** Ids of drills that practise this concept. */
  drills: string[];
  roadmap: string | null;
  area: BehaviouralArea | null;
  /** Markdown of each section. */
  question: string;
  answer: string;
  deeper: string;
  keyPoints: string[];
  wrongAnswers: WrongAnswer[];
  followUp: string;
  /** "challenges/concepts/core-ml/bias-variance.md" */
  source: string;
}

/** What lists, links and mock interviews need of a card (cards-index.json): no answer sections. */
export const CARD_SUMMARY_KEYS = [
  "id",
  "kind",
  "title",
  "stage",
  "difficulty",
  "tags",
  "drills",
  "roadmap",
  "area",
  "question",
] as const;
export type CardSummary = Pick<ConceptCard, (typeof CARD_SUMMARY_KEYS)[number]>;

export function cardSummary(card: CardSummary): CardSummary {
  return Object.fromEntries(CARD_SUMMARY_KEYS.map((k) => [k, card[k]])) as unknown as CardSummary;
}

/** How long a spoken answer takes in an interview by default. */
export const DEFAULT_ANSWER_MS = 2 * 60_000;

/** One answer to a card: typed or given aloud, the key points ticked, the self-rating. */
export interface CardAnswer {
  id: string;
  /** Epoch ms when it was rated. */
  at: number;
  /** What the candidate typed (may be "" when they answered aloud). */
  text: string;
  aloud: boolean;
  /** Time spent answering, before the model answer was shown. */
  elapsedMs: number;
  /** Indexes of the key points ticked. */
  pointsTicked: number[];
  pointsTotal: number;
  rating: ReviewRating;
  /** The mock interview it was answered in, if any. */
  sessionId?: string;
}

export interface CardProgress {
  cardId: string;
  answers: CardAnswer[];
  review: ReviewState | null;
  updatedAt: number;
}

/** Answers kept per card: the most recent ones (typed answers are small, but a year of daily reviews is not). */
export const MAX_ANSWERS_PER_CARD = 50;

/** The words of a typed answer or a story. */
export function wordCount(text: string): number {
  return text.trim() === "" ? 0 : text.trim().split(/\s+/).length;
}

/** Spoken pace used for time estimates: about 150 words per minute. */
export const SPOKEN_WORDS_PER_MINUTE = 150;

export function spokenMs(words: number): number {
  return Math.round((words / SPOKEN_WORDS_PER_MINUTE) * 60_000);
}

const LEVELS = ["easy", "medium", "hard"];

/** Cards grouped by stage in roadmap order, behavioural prompts last; in a stage the roadmap's question first, then easy to hard. */
export function cardsByStage<C extends CardSummary>(
  cards: readonly C[],
  stageOrder: readonly string[],
): Map<string, C[]> {
  const groups = new Map<string, C[]>();
  for (const stage of [...stageOrder, BEHAVIOURAL_STAGE]) groups.set(stage, []);
  const sorted = [...cards].sort(
    (a, b) =>
      Number(b.roadmap !== null) - Number(a.roadmap !== null) ||
      LEVELS.indexOf(a.difficulty) - LEVELS.indexOf(b.difficulty) ||
      a.title.localeCompare(b.title),
  );
  for (const card of sorted) groups.get(card.stage)?.push(card);
  return groups;
}
