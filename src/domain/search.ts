/**
 * Finding drills: every word of the query must match the title, track, tags, packages, id or
 * statement; matches in the title weigh most, then packages, tags and track, then the statement.
 */
import type { Challenge } from "./challenge";

export interface SearchHit {
  challenge: Challenge;
  score: number;
  /** The query's words, lower case, for highlighting. */
  terms: string[];
  /** Where the statement mentions a word, when the title does not: a short excerpt. */
  snippet: string | null;
}

/** Lower-case words of a query; quotes and punctuation around words are dropped. */
export function queryTerms(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/[\s,;]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_+#]+$/gu, ""))
    .filter(Boolean);
  return [...new Set(words)];
}

const WEIGHT = { exact: 1, wordStart: 0.7, inside: 0.35 } as const;

/** How well one term matches one piece of text: 1 a whole word, 0.7 a word's start, 0.35 inside one, 0 not. */
export function termMatch(text: string, term: string): number {
  const lower = text.toLowerCase();
  let at = lower.indexOf(term);
  let best = 0;
  while (at !== -1 && best < WEIGHT.exact) {
    const before = at === 0 || !isWordChar(lower[at - 1] ?? "");
    const after = at + term.length >= lower.length || !isWordChar(lower[at + term.length] ?? "");
    best = Math.max(best, before && after ? WEIGHT.exact : before ? WEIGHT.wordStart : WEIGHT.inside);
    at = lower.indexOf(term, at + 1);
  }
  return best;
}

function isWordChar(c: string): boolean {
  return /[\p{L}\p{N}_]/u.test(c);
}

function countMatches(lower: string, term: string): number {
  let n = 0;
  for (let at = lower.indexOf(term); at !== -1 && n < 10; at = lower.indexOf(term, at + term.length)) n++;
  return n;
}

/** The score of one drill for the terms; 0 when a term matches nowhere. */
export function scoreChallenge(c: Challenge, terms: string[]): number {
  let total = 0;
  for (const term of terms) {
    const title = termMatch(c.title, term) * 12;
    const pkg = Math.max(0, ...c.packages.map((p) => termMatch(p, term))) * 9;
    const track = termMatch(c.track, term) * 8;
    const tag = Math.max(0, ...c.tags.map((t) => termMatch(t, term))) * 6;
    const id = termMatch(c.id, term) * 3;
    const statementHits = countMatches(c.statement.toLowerCase(), term);
    const statement = statementHits > 0 ? termMatch(c.statement, term) * (1 + Math.log2(statementHits)) : 0;
    const score = title + pkg + track + tag + id + statement;
    if (score === 0) return 0;
    total += score;
  }
  return total;
}

/** The drills matching every term, best first (catalog order among equals); all drills for an empty query. */
export function searchChallenges(challenges: readonly Challenge[], query: string): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return challenges.map((challenge) => ({ challenge, score: 0, terms, snippet: null }));
  const hits: (SearchHit & { order: number })[] = [];
  challenges.forEach((challenge, order) => {
    const score = scoreChallenge(challenge, terms);
    if (score === 0) return;
    const titleHasAll = terms.every((t) => termMatch(challenge.title, t) > 0);
    hits.push({ challenge, score, terms, snippet: titleHasAll ? null : snippet(challenge.statement, terms), order });
  });
  hits.sort((a, b) => b.score - a.score || a.order - b.order);
  return hits.map(({ order: _order, ...hit }) => hit);
}

/** About `width` characters of plain text around the first mention of a term, with "…" where cut. */
export function snippet(markdown: string, terms: string[], width = 110): string | null {
  const plain = markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/^#+ .*$/gm, " ")
    .replace(/[`*_>#|]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const lower = plain.toLowerCase();
  const at = Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0));
  if (!Number.isFinite(at)) return null;
  const start = Math.max(0, at - Math.floor(width / 3));
  const end = Math.min(plain.length, start + width);
  return `${start > 0 ? "…" : ""}${plain.slice(start, end).trim()}${end < plain.length ? "…" : ""}`;
}

/** Text split into pieces, `match` marking where a term occurs (case-insensitive), for <mark>. */
export function highlightParts(text: string, terms: string[]): { text: string; match: boolean }[] {
  const lower = text.toLowerCase();
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    if (!term) continue;
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + term.length)) {
      marked.fill(true, at, at + term.length);
    }
  }
  const parts: { text: string; match: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = parts.at(-1);
    if (last && last.match === marked[i]) last.text += text[i];
    else parts.push({ text: text[i] ?? "", match: marked[i] ?? false });
  }
  return parts;
}
