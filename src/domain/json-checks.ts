/** Reading untrusted JSON (an import file) into typed data; the first bad field throws InvalidField with its path. */
import { REVIEW_INTERVALS_DAYS } from "./progress";

export type Json = Record<string, unknown>;
export type Check<T> = (value: unknown, path: string) => T;

export class InvalidField extends Error {}

export function fail(path: string, rule: string): never {
  throw new InvalidField(`${path}: ${rule}`);
}

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads the fields of the object at `path`, each with its own check. */
export function fields(value: unknown, path: string): <T>(key: string, check: Check<T>) => T {
  if (!isObject(value)) fail(path, "must be an object");
  return (key, check) => check(value[key], path ? `${path}.${key}` : key);
}

export function check<T>(test: (value: unknown) => boolean, rule: string): Check<T> {
  return (value, path) => (test(value) ? (value as T) : fail(path, rule));
}

export const text = check<string>((v) => typeof v === "string", "must be a string");
export const id = check<string>((v) => typeof v === "string" && v !== "", "must be a non-empty string");
export const flag = check<boolean>((v) => typeof v === "boolean", "must be true or false");
/** Counts and revisions; past this a number is not something the app wrote. */
export const MAX_COUNT = 1_000_000_000;
/** Epoch-ms times up to the year 2200, and durations up to a year. */
export const MAX_TIME = Date.UTC(2200, 0, 1);
export const MAX_DURATION = 366 * 24 * 60 * 60 * 1000;
export const whole = check<number>(
  (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_COUNT,
  `must be a whole number from 0 to ${MAX_COUNT}`,
);
export const time = check<number>(
  (v) => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= MAX_TIME,
  "must be a time in milliseconds since 1970, before the year 2200",
);
export const amount = check<number>(
  (v) => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= MAX_DURATION,
  "must be a duration in milliseconds from 0 to one year",
);
export const reviewStep = check<number>(
  (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) < REVIEW_INTERVALS_DAYS.length,
  `must be a whole number from 0 to ${REVIEW_INTERVALS_DAYS.length - 1}`,
);

export function oneOf<T extends string>(values: readonly T[]): Check<T> {
  return check<T>((v) => values.includes(v as T), `must be one of ${values.map((v) => `"${v}"`).join(", ")}`);
}

export function nullable<T>(inner: Check<T>): Check<T | null> {
  return (value, path) => (value === null ? null : inner(value, path));
}

export function listOf<T>(item: Check<T>): Check<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) fail(path, "must be a list");
    return value.map((v, i) => item(v, `${path}[${i}]`));
  };
}

export function recordOf<T>(item: (value: unknown, path: string, key: string) => T): Check<Record<string, T>> {
  return (value, path) => {
    if (!isObject(value)) fail(path, "must be an object");
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        // would set the prototype, not a key, when the record is later updated with `record[id] = ...`
        if (k === "__proto__") fail(`${path}["__proto__"]`, "is not a drill id");
        return [k, item(v, `${path}[${JSON.stringify(k)}]`, k)];
      }),
    );
  };
}

export function uniqueIds<T extends { id: string }>(items: T[], path: string): T[] {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) fail(`${path}[${i}].id`, `repeats the id of ${path}[${first}]`);
    seen.set(item.id, i);
  });
  return items;
}

export function matches(actual: string, expected: string, path: string, what: string): void {
  if (actual !== expected) fail(path, `must be ${JSON.stringify(expected)}, ${what}`);
}

export function checkScore(score: { passed: number; total: number }, path: string): void {
  if (score.passed > score.total) fail(`${path}.passed`, "must not be more than total");
}
