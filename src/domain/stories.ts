/** The behavioural story bank: the candidate's own STAR stories, linked to prompts. No I/O here. */
import { spokenMs, wordCount } from "./cards";

export const STAR_FIELDS = ["situation", "task", "action", "result"] as const;
export type StarField = (typeof STAR_FIELDS)[number];

export const STAR_LABELS: Record<StarField, string> = {
  situation: "Situation",
  task: "Task",
  action: "Action",
  result: "Result",
};

export interface Story {
  id: string;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  /** Ids of the behavioural prompts this story answers. */
  prompts: string[];
  createdAt: number;
  updatedAt: number;
}

export const MAX_STORY_FIELD_CHARS = 20_000;

export function newStoryId(now: number, random = Math.random): string {
  return `story-${now.toString(36)}-${Math.floor(random() * 1e9).toString(36)}`;
}

export function emptyStory(now: number, random = Math.random): Story {
  return {
    id: newStoryId(now, random),
    title: "",
    situation: "",
    task: "",
    action: "",
    result: "",
    prompts: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** Words in the four STAR parts (the title is not spoken). */
export function storyWords(story: Story): number {
  return STAR_FIELDS.reduce((n, f) => n + wordCount(story[f]), 0);
}

/** Spoken time at about 150 words per minute. */
export function storySpokenMs(story: Story): number {
  return spokenMs(storyWords(story));
}

/** A cue line per part for rehearsal: the first sentence (or first 12 words), so the story is not read out. */
export function cueLine(text: string): string {
  const t = text.trim().replace(/\s+/g, " ");
  if (!t) return "";
  const sentence = /^(.+?[.!?])(\s|$)/.exec(t)?.[1] ?? t;
  const words = sentence.split(" ");
  return words.length > 12 ? `${words.slice(0, 12).join(" ")}…` : sentence;
}

/** A story can be saved once it has a title and at least one part written. */
export function storyProblem(story: Story): string | null {
  if (!story.title.trim()) return "Give the story a title.";
  if (STAR_FIELDS.every((f) => !story[f].trim())) return "Write at least one of situation, task, action or result.";
  for (const f of STAR_FIELDS) {
    if (story[f].length > MAX_STORY_FIELD_CHARS) return `${STAR_LABELS[f]} is too long (over 20,000 characters).`;
  }
  return null;
}

/** Stories sorted for the bank: most recently edited first. */
export function sortedStories(stories: Record<string, Story>): Story[] {
  return Object.values(stories).sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
}
