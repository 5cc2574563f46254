/**
 * The sample tests of a drill, read from its tests file as written, so they can be listed with
 * their inputs before the first Run. A preview only: grading never uses this.
 */
import type { Challenge } from "../../domain/challenge";

export interface SamplePreview {
  name: string;
  /** The call as the tests write it, e.g. `two_sum([2, 7, 11, 15], 9)`; null for unittest methods. */
  input: string | null;
  expected: string | null;
}

const MAX_TEXT = 400;

export function sampleCases(challenge: Challenge): SamplePreview[] {
  const tests = challenge.tests;
  if (tests.kind === "unittest") {
    return tests.samples.map((name) => ({
      name: name.replace(/^.*\./, "").replace(/_/g, " "),
      input: null,
      expected: null,
    }));
  }
  const source = challenge.testFiles[tests.file] ?? "";
  const aliases = new Set([
    "case",
    ...[...source.matchAll(/\bcase as (\w+)|^(\w+) = case\b/gm)].map((a) => a[1] ?? a[2]),
  ]);
  const previews: SamplePreview[] = [];
  const call = /\b([A-Za-z_]\w*)\(/g;
  let index = 0;
  for (let m = call.exec(source); m; m = call.exec(source)) {
    const open = m.index + m[0].length - 1;
    const close = matchingParen(source, open);
    if (close < 0) continue;
    const kwargs = new Map<string, string>();
    const shown: string[] = [];
    for (const arg of splitTopLevel(source.slice(open + 1, close))) {
      const kw = /^([A-Za-z_]\w*)\s*=(?!=)\s*([\s\S]*)$/.exec(arg);
      if (kw) kwargs.set(kw[1] as string, (kw[2] as string).trim());
      if (!kw || !NOT_INPUT.has(kw[1] as string)) shown.push(arg);
    }
    const isCase = aliases.has(m[1] as string);
    if (isCase) index++;
    if (kwargs.get("sample") !== "True") continue;
    call.lastIndex = close;
    const label = isCase || kwargs.has("name") ? undefined : shown.map(unquote).find((a) => a !== undefined);
    const name = unquote(kwargs.get("name")) ?? label ?? `case ${isCase ? index : previews.length + 1}`;
    const input = `${isCase ? challenge.entry : m[1]}(${shown.filter((a) => label === undefined || unquote(a) !== label).join(", ")})`;
    previews.push({ name, input: clip(squash(input)), expected: clipOrNull(kwargs.get("expected")) });
  }
  return previews;
}

const NOT_INPUT = new Set(["sample", "name", "expected", "compare", "time_limit", "check", "fd"]);

function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      i = endOfString(text, i);
    } else if (ch === "#") {
      i = text.indexOf("\n", i);
      if (i < 0) return -1;
    } else if (ch === "(" || ch === "[" || ch === "{") {
      depth++;
    } else if (ch === ")" || ch === "]" || ch === "}") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function endOfString(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === quote) return i;
  }
  return text.length;
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") i = endOfString(text, i);
    else if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") depth--;
    else if (ch === "," && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.replace(/#[^\n]*/g, "").trim()).filter(Boolean);
}

function unquote(text: string | undefined): string | undefined {
  const m = text ? /^(["'])(.*)\1$/s.exec(text) : null;
  return m ? (m[2] as string) : undefined;
}

const squash = (text: string) => text.replace(/\s*\n\s*/g, " ");
const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);
const clipOrNull = (text: string | undefined) => (text === undefined ? null : clip(squash(text)));
