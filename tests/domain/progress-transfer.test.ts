import { describe, expect, it } from "vitest";
import { PROGRESS_SCHEMA_VERSION } from "../../src/domain/progress";
import { EXPORT_FORMAT, parseImport, serializeExport } from "../../src/domain/progress-transfer";
import { attempt, richSnapshot, T0 } from "./progress-fixtures";

/** An exported file as a plain object, for tests to damage one field. */
function exportedFile(): Record<string, unknown> & { progress: Record<string, { attempts: object[] }> } {
  return JSON.parse(serializeExport(richSnapshot(), T0));
}

function reasonFor(file: unknown): string {
  const result = parseImport(typeof file === "string" ? file : JSON.stringify(file));
  if (result.ok) throw new Error("the file was accepted");
  return result.reason;
}

describe("export file", () => {
  it("round-trips: importing an export gives back the same progress", () => {
    const result = parseImport(serializeExport(richSnapshot(), T0));
    expect(result).toEqual({ ok: true, snapshot: richSnapshot() });
  });

  it("carries the format marker, schema version and export time", () => {
    const file = exportedFile();
    expect(file).toMatchObject({
      format: EXPORT_FORMAT,
      schemaVersion: PROGRESS_SCHEMA_VERSION,
      exportedAt: new Date(T0).toISOString(),
    });
  });

  it("drops fields it does not know instead of carrying them into storage", () => {
    const file = exportedFile();
    Object.assign(file.progress["two-sum"] ?? {}, { surprise: true });
    const result = parseImport(JSON.stringify(file));
    expect(result.ok && "surprise" in (result.snapshot.progress["two-sum"] ?? {})).toBe(false);
  });
});

describe("refusing a bad file, saying why", () => {
  it("refuses text that is not JSON", () => {
    expect(reasonFor("{ not json")).toMatch(/not JSON/);
  });

  it.each([
    ["an unrelated JSON object", { progress: {} }],
    ["a list", []],
    ["null", null],
    ["another app's marker", { format: "someone-else/progress", schemaVersion: 1 }],
  ])("refuses %s as not our progress file", (_label, file) => {
    expect(reasonFor(file)).toMatch(/not an AI Interview Drills progress file/);
  });

  it("refuses a file from a newer version of the app", () => {
    const reason = reasonFor({ ...exportedFile(), schemaVersion: PROGRESS_SCHEMA_VERSION + 1 });
    expect(reason).toMatch(/made by a newer version of the app/);
  });

  it("names the path of a malformed field", () => {
    const file = exportedFile();
    const attempts = file.progress["two-sum"]?.attempts ?? [];
    attempts.push(attempt({ id: "3" }), attempt({ id: "4", passed: -1 }));
    expect(reasonFor(file)).toContain(
      'progress["two-sum"].attempts[3].passed: must be a whole number from 0 to 1000000000',
    );
  });

  const damaged: [string, (f: ReturnType<typeof richSnapshot>) => void, string][] = [
    [
      "a drill saved under another key",
      (f) => {
        f.progress.other = f.progress["two-sum"] as never;
      },
      'progress["other"].challengeId: must be "other", the key it is saved under',
    ],
    [
      "an attempt of another drill",
      (f) => Object.assign(f.progress["two-sum"]?.attempts[0] ?? {}, { challengeId: "knn" }),
      'progress["two-sum"].attempts[0].challengeId: must be "two-sum", the drill it belongs to',
    ],
    [
      "an unknown status",
      (f) => Object.assign(f.progress["two-sum"] ?? {}, { status: "done" }),
      'progress["two-sum"].status: must be one of "new", "attempted", "solved"',
    ],
    [
      "a best time that is not a number",
      (f) => Object.assign(f.progress["two-sum"] ?? {}, { bestTimeMs: "fast" }),
      'progress["two-sum"].bestTimeMs: must be a duration in milliseconds from 0 to one year',
    ],
    [
      "a review step past the last interval",
      (f) => Object.assign(f.progress["two-sum"] ?? {}, { review: { step: 5, dueAt: T0 } }),
      'progress["two-sum"].review.step: must be a whole number from 0 to 4',
    ],
    [
      "an unknown test status",
      (f) => Object.assign(f.progress["two-sum"]?.attempts[1]?.tests[0] ?? {}, { status: "skipped" }),
      'progress["two-sum"].attempts[1].tests[0].status: must be one of "pass", "fail", "error", "timeout"',
    ],
    [
      "more tests passed than exist",
      (f) => Object.assign(f.progress["two-sum"]?.attempts[0] ?? {}, { passed: 11 }),
      'progress["two-sum"].attempts[0].passed: must not be more than total',
    ],
    [
      "two attempts with one id",
      (f) => Object.assign(f.progress["two-sum"]?.attempts[1] ?? {}, { id: "two-sum:1" }),
      'progress["two-sum"].attempts[1].id: repeats the id of progress["two-sum"].attempts[0]',
    ],
    [
      "custom inputs that are not a list",
      (f) => Object.assign(f.drafts["two-sum"] ?? {}, { customInputs: "two_sum([1], 1)" }),
      'drafts["two-sum"].customInputs: must be a list',
    ],
    [
      "a missing draft rev",
      (f) => Object.assign(f.drafts["two-sum"] ?? {}, { rev: undefined }),
      'drafts["two-sum"].rev: must be a whole number from 0 to 1000000000',
    ],
    [
      "a timer started before 1970",
      (f) => Object.assign(f.timers["two-sum"] ?? {}, { runningSince: -5 }),
      'timers["two-sum"].runningSince: must be a time in milliseconds since 1970, before the year 2200',
    ],
    [
      "an unknown session kind",
      (f) => Object.assign(f.sessions[0] ?? {}, { kind: "quiz" }),
      'sessions[0].kind: must be one of "exam", "mock"',
    ],
    [
      "a session result without a solved flag",
      (f) => Object.assign(f.sessions[0]?.results[0] ?? {}, { solved: "yes" }),
      "sessions[0].results[0].solved: must be true or false",
    ],
    ["sessions that are not a list", (f) => Object.assign(f, { sessions: {} }), "sessions: must be a list"],
  ];

  it.each(damaged)("refuses %s", (_label, damage, expected) => {
    const file = { ...richSnapshot(), format: EXPORT_FORMAT };
    damage(file);
    expect(reasonFor(file)).toBe(`The file is damaged: ${expected}`);
  });

  it("refuses a __proto__ key rather than letting it rewrite an object's prototype", () => {
    const text = serializeExport(richSnapshot(), T0).replace('"drafts": {', '"drafts": { "__proto__": {},');
    expect(reasonFor(text)).toBe('The file is damaged: drafts["__proto__"]: is not a drill id');
  });

  it.each(["", "42", '"text"', "[[[]]]", '{"format": "ai-interview-drills/progress"}', "{".repeat(10_000)])(
    "never throws, whatever the text (%#)",
    (text) => {
      expect(parseImport(text).ok).toBe(false);
    },
  );

  it.each([
    [
      "a time of 1e300 ms",
      (f: ReturnType<typeof exportedFile>) =>
        Object.assign(f.progress["two-sum"]?.attempts[0] ?? {}, { elapsedMs: 1e300 }),
      /progress\["two-sum"\]\.attempts\[0\]\.elapsedMs: must be a duration/,
    ],
    [
      "a date past the year 2200",
      (f: ReturnType<typeof exportedFile>) => Object.assign(f.progress["two-sum"] ?? {}, { updatedAt: 1e300 }),
      /progress\["two-sum"\]\.updatedAt: must be a time/,
    ],
    [
      "a count of 1e300",
      (f: ReturnType<typeof exportedFile>) => Object.assign(f.progress["two-sum"] ?? {}, { hintsUsed: 1e300 }),
      /progress\["two-sum"\]\.hintsUsed: must be a whole number from 0/,
    ],
  ])("refuses absurd numbers, naming the field: %s", (_label, damage, reason) => {
    const file = exportedFile();
    damage(file);
    expect(reasonFor(file)).toMatch(reason);
  });
});
