/**
 * Turns one card file (challenges/concepts/<stage>/<id>.md: front matter, then fixed `##` sections)
 * into a ConceptCard, or names every problem found, each with the file and the field.
 */
import {
  BEHAVIOURAL_AREAS,
  BEHAVIOURAL_STAGE,
  type BehaviouralArea,
  CARD_KINDS,
  CARD_SECTIONS,
  type CardKind,
  type CardStage,
  type ConceptCard,
  ROADMAP_QUESTIONS,
  type WrongAnswer,
  wordCount,
} from "../domain/cards";
import { DIFFICULTIES, type Difficulty, STAGES, type TrackId } from "../domain/challenge";
import type { ChallengeProblem } from "./parse-challenge";

export type CardProblem = ChallengeProblem;

export class CardFormatError extends Error {
  constructor(readonly problems: CardProblem[]) {
    super(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join("\n"));
    this.name = "CardFormatError";
  }
}

const KEYS = ["id", "kind", "title", "stage", "track", "difficulty", "tags", "drills", "roadmap", "area"] as const;
const REQUIRED = ["id", "kind", "title", "stage", "difficulty", "tags", "drills"] as const;
const LIST_KEYS = new Set(["tags", "drills"]);
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A card's body (the words of its sections, headings excluded): the authors aim for 150-450. */
export const MIN_CARD_WORDS = 120;
export const MAX_CARD_WORDS = 500;
export const CARD_STAGES: readonly string[] = [...STAGES.map((s) => s.id), BEHAVIOURAL_STAGE];

type FrontMatter = Partial<Record<(typeof KEYS)[number], string | string[]>>;

/** Parse the card at `source` ("challenges/concepts/core-ml/bias-variance.md") from its text. */
export function parseCard(source: string, text: string): ConceptCard {
  const problems: CardProblem[] = [];
  const fail = (field: string, message: string) => problems.push({ file: source, field, message });
  const normalized = text.replace(/\r\n?/g, "\n");
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(normalized);
  if (!match) {
    throw new CardFormatError([
      { file: source, field: "(front matter)", message: "the file must start with a '---' front matter block" },
    ]);
  }
  const meta = readFrontMatter(match[1] ?? "", fail);
  const sections = readSections(normalized.slice(match[0].length), fail);

  const str = (key: (typeof KEYS)[number]): string => {
    const v = meta[key];
    if (Array.isArray(v)) {
      fail(key, "must be a single value, not a list");
      return "";
    }
    return v ?? "";
  };
  const list = (key: "tags" | "drills"): string[] => {
    const v = meta[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      fail(key, "must be a list: [a, b] (or [] for none)");
      return [];
    }
    return v;
  };
  for (const key of REQUIRED) if (meta[key] === undefined || meta[key] === "") fail(key, "is required");

  const fileName = source.split("/").pop()?.replace(/\.md$/, "") ?? "";
  const folder = source.split("/").at(-2) ?? "";
  const id = str("id");
  if (id && !SLUG.test(id)) fail("id", `"${id}" must be lowercase words joined by "-"`);
  if (id && id !== fileName) fail("id", `"${id}" must equal the file name "${fileName}"`);

  const kind = str("kind");
  if (kind && !(CARD_KINDS as readonly string[]).includes(kind))
    fail("kind", `"${kind}" must be concept or behavioural`);
  const stage = str("stage");
  if (stage && !CARD_STAGES.includes(stage)) fail("stage", `"${stage}" must be one of ${CARD_STAGES.join(", ")}`);
  else if (stage && stage !== folder) fail("stage", `"${stage}" must be the folder the card is in ("${folder}")`);
  if (kind === "behavioural" && stage && stage !== BEHAVIOURAL_STAGE)
    fail("stage", "a behavioural prompt's stage is behavioural");
  if (kind === "concept" && stage === BEHAVIOURAL_STAGE) fail("kind", "cards under behavioural/ are kind behavioural");

  const track = str("track");
  if (track) {
    const tracks: readonly string[] = STAGES.find((s) => s.id === stage)?.tracks ?? [];
    if (kind === "behavioural") fail("track", "a behavioural prompt has no track");
    else if (!tracks.includes(track))
      fail("track", `"${track}" is not a track of stage ${stage} (${tracks.join(", ")})`);
  }
  const difficulty = str("difficulty");
  if (difficulty && !(DIFFICULTIES as readonly string[]).includes(difficulty)) {
    fail("difficulty", `"${difficulty}" must be easy, medium or hard`);
  }
  const area = str("area");
  if (kind === "behavioural" && !area) fail("area", "is required for a behavioural prompt");
  if (area && kind !== "behavioural") fail("area", "only behavioural prompts have an area");
  else if (area && !(BEHAVIOURAL_AREAS as readonly string[]).includes(area)) {
    fail("area", `"${area}" must be one of ${BEHAVIOURAL_AREAS.join(", ")}`);
  }
  const roadmap = str("roadmap");
  if (roadmap && !(ROADMAP_QUESTIONS as readonly string[]).includes(roadmap))
    fail("roadmap", `"${roadmap}" must be Q1 to Q10`);
  const title = str("title");
  if (title.endsWith(".")) fail("title", "must not end with a full stop");
  const tags = list("tags");
  for (const tag of tags) if (!SLUG.test(tag)) fail("tags", `"${tag}" must be lowercase words joined by "-"`);
  const drills = list("drills");
  for (const d of drills) if (!SLUG.test(d)) fail("drills", `"${d}" is not a drill id`);

  const words = CARD_SECTIONS.reduce((n, name) => n + wordCount(sections[name] ?? ""), 0);
  if (words < MIN_CARD_WORDS || words > MAX_CARD_WORDS) {
    fail("(body length)", `${words} words: a card's sections must hold ${MIN_CARD_WORDS} to ${MAX_CARD_WORDS} words`);
  }

  const keyPoints = bullets(sections["Key points"] ?? "", "Key points", fail);
  const wrongAnswers: WrongAnswer[] = bullets(sections["Common wrong answers"] ?? "", "Common wrong answers", fail).map(
    (line) => {
      const at = line.indexOf(" - ");
      return at < 0 ? { claim: line, why: "" } : { claim: line.slice(0, at).trim(), why: line.slice(at + 3).trim() };
    },
  );

  if (problems.length > 0) throw new CardFormatError(problems);
  return {
    id,
    kind: kind as CardKind,
    title,
    stage: stage as CardStage,
    track: (track || null) as TrackId | null,
    difficulty: difficulty as Difficulty,
    tags,
    drills,
    roadmap: roadmap || null,
    area: (area || null) as BehaviouralArea | null,
    question: sections.Question ?? "",
    answer: sections.Answer ?? "",
    deeper: sections.Deeper ?? "",
    keyPoints,
    wrongAnswers,
    followUp: sections["Follow-up"] ?? "",
    source,
  };
}

function readFrontMatter(block: string, fail: (field: string, message: string) => void): FrontMatter {
  const meta: FrontMatter = {};
  for (const [i, raw] of block.split("\n").entries()) {
    const line = raw.trimEnd();
    if (line.trim() === "") continue;
    const m = /^([A-Za-z_][\w-]*):(.*)$/.exec(line);
    if (!m) {
      fail(`(front matter line ${i + 2})`, `"${line}" is not "key: value"`);
      continue;
    }
    const key = m[1] as string;
    const value = (m[2] ?? "").trim();
    if (!(KEYS as readonly string[]).includes(key)) {
      fail(key, `unknown key (the keys are ${KEYS.join(", ")})`);
      continue;
    }
    const k = key as (typeof KEYS)[number];
    if (meta[k] !== undefined) fail(key, "is given twice");
    if (value.startsWith("[")) {
      if (!value.endsWith("]")) {
        fail(key, "a list must be [a, b, c] on one line");
        continue;
      }
      const inner = value.slice(1, -1).trim();
      meta[k] = inner === "" ? [] : inner.split(",").map((v) => unquote(v.trim()));
    } else if (LIST_KEYS.has(key)) {
      fail(key, "must be a list: [a, b] (or [] for none)");
    } else {
      meta[k] = unquote(value);
    }
  }
  return meta;
}

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}

/** The `##` sections by name; headings inside fenced code do not count. */
function readSections(body: string, fail: (field: string, message: string) => void): Record<string, string> {
  const found: { name: string; lines: string[] }[] = [];
  const before: string[] = [];
  let fenced = false;
  for (const line of body.split("\n")) {
    if (/^(```|~~~)/.test(line.trim())) fenced = !fenced;
    const heading = !fenced && /^##\s+(.+?)\s*$/.exec(line);
    if (heading) found.push({ name: heading[1] as string, lines: [] });
    else if (found.length > 0) found.at(-1)?.lines.push(line);
    else before.push(line);
  }
  if (before.some((l) => l.trim() !== "")) fail("(body)", "nothing may come before the first ## section");
  const names = found.map((s) => s.name);
  for (const name of names) {
    if (!(CARD_SECTIONS as readonly string[]).includes(name)) {
      fail(`## ${name}`, `unknown section (the sections are ${CARD_SECTIONS.join(", ")})`);
    }
  }
  for (const name of CARD_SECTIONS) {
    const count = names.filter((n) => n === name).length;
    if (count === 0) fail(`## ${name}`, "missing section");
    if (count > 1) fail(`## ${name}`, "section given twice");
  }
  const known = names.filter((n) => (CARD_SECTIONS as readonly string[]).includes(n));
  const expected = CARD_SECTIONS.filter((n) => known.includes(n));
  if (known.join("|") !== expected.join("|")) {
    fail("(sections)", `wrong order: ${known.join(", ")}; expected ${CARD_SECTIONS.join(", ")}`);
  }
  const out: Record<string, string> = {};
  for (const s of found) {
    const content = s.lines.join("\n").trim();
    if (content === "" && (CARD_SECTIONS as readonly string[]).includes(s.name)) fail(`## ${s.name}`, "is empty");
    out[s.name] ??= content;
  }
  return out;
}

function bullets(markdown: string, section: string, fail: (field: string, message: string) => void): string[] {
  const items: string[] = [];
  for (const line of markdown.split("\n")) {
    if (line.trim() === "") continue;
    const m = /^[-*]\s+(.+)$/.exec(line.trim());
    if (m && !line.startsWith(" ") && !line.startsWith("\t")) items.push((m[1] as string).trim());
    else if (items.length > 0) items[items.length - 1] += ` ${line.trim()}`;
    else fail(`## ${section}`, `"${line.trim()}" must be a "- " bullet`);
  }
  if (markdown.trim() !== "" && items.length === 0) fail(`## ${section}`, 'must list at least one "- " bullet');
  return items;
}
