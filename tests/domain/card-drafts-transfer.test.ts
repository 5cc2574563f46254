// Unrecorded concept-card answers in the export file: they travel, older files still import, damaged
// ones are refused, and an imported answer never silently replaces a different one on this device.
import { describe, expect, it } from "vitest";
import { emptySnapshot, type ProgressSnapshot } from "../../src/domain/progress";
import { EXPORT_FORMAT, mergeSnapshots, parseImport, serializeExport } from "../../src/domain/progress-transfer";
import { cardDraft, DAY, richSnapshot, T0 } from "./progress-fixtures";

const CARD = "fixture-bias-variance";

function reasonFor(file: unknown): string {
  const result = parseImport(JSON.stringify(file));
  if (result.ok) throw new Error("expected a refusal");
  return result.reason;
}

function fileWith(cardDrafts: unknown): unknown {
  return { ...JSON.parse(serializeExport(richSnapshot(), T0)), cardDrafts };
}

function imported(cardDrafts: NonNullable<ProgressSnapshot["cardDrafts"]>): ProgressSnapshot {
  return { ...emptySnapshot(), cardDrafts };
}

describe("unrecorded card answers in the export file", () => {
  it("are written to the file and read back unchanged", () => {
    const text = serializeExport(richSnapshot(), T0);
    expect(JSON.parse(text).cardDrafts).toEqual({ [CARD]: cardDraft() });
    const result = parseImport(text);
    if (!result.ok) throw new Error(result.reason);
    expect(result.snapshot.cardDrafts).toEqual({ [CARD]: cardDraft() });
  });

  it("a version 2 file, made before card answers travelled, still imports with none", () => {
    const { cardDrafts: _none, ...old } = JSON.parse(serializeExport(richSnapshot(), T0));
    const result = parseImport(JSON.stringify({ ...old, format: EXPORT_FORMAT, schemaVersion: 2 }));
    if (!result.ok) throw new Error(result.reason);
    expect(result.snapshot.cardDrafts).toEqual({});
    expect(result.snapshot.cards).toEqual(richSnapshot().cards);
  });

  it.each([
    ["a key that is not its card", { "other-card": cardDraft() }, 'cardDrafts["other-card"].cardId'],
    ["text that is not a string", { [CARD]: { ...cardDraft(), text: 42 } }, 'cardDrafts["fixture-bias-variance"].text'],
    ["a blank answer", { [CARD]: cardDraft({ text: "  \n " }) }, "must not be blank"],
    ["an answer of 20,001 characters", { [CARD]: cardDraft({ text: "x".repeat(20_001) }) }, "at most 20000"],
    ["a date in the year 3000", { [CARD]: cardDraft({ updatedAt: Date.UTC(3000, 0, 1) }) }, "updatedAt"],
    ["a negative date", { [CARD]: cardDraft({ updatedAt: -1 }) }, "updatedAt"],
    ["a list instead of a record", [cardDraft()], "cardDrafts"],
  ])("refuses %s, naming the field", (_what, cardDrafts, named) => {
    const reason = reasonFor(fileWith(cardDrafts));
    expect(reason).toContain("The file is damaged");
    expect(reason).toContain(named);
  });
});

describe("merging unrecorded card answers", () => {
  const local = (text: string, updatedAt: number): ProgressSnapshot =>
    imported({ [CARD]: cardDraft({ text, updatedAt }) });

  it("takes the file's answer for a card this device has none for", () => {
    const merged = mergeSnapshots(emptySnapshot(), imported({ [CARD]: cardDraft() }));
    expect(merged.snapshot.cardDrafts).toEqual({ [CARD]: cardDraft() });
    expect(merged.summary.cardDraftsTaken).toBe(1);
    expect(merged.cardDraftConflicts).toEqual([]);
  });

  it("keeps this device's answer when the file's is older, and says so", () => {
    const merged = mergeSnapshots(local("mine, typed later", T0 + DAY), imported({ [CARD]: cardDraft() }));
    expect(merged.snapshot.cardDrafts?.[CARD]?.text).toBe("mine, typed later");
    expect(merged.summary.cardDraftsKept).toBe(1);
    expect(merged.cardDraftConflicts).toEqual([]);
  });

  it("a newer, different answer in the file replaces nothing: both are kept as a conflict to choose", () => {
    const mine = cardDraft({ text: "mine", updatedAt: T0 });
    const theirs = cardDraft({ text: "theirs, typed on the laptop", updatedAt: T0 + DAY });
    const merged = mergeSnapshots(imported({ [CARD]: mine }), imported({ [CARD]: theirs }));
    expect(merged.snapshot.cardDrafts?.[CARD]).toEqual(mine);
    expect(merged.cardDraftConflicts).toEqual([{ cardId: CARD, mine, theirs }]);
    expect(merged.summary.cardDraftsInConflict).toBe(1);
  });

  it("the same text is no conflict, whatever its date", () => {
    const merged = mergeSnapshots(
      local("same", T0),
      imported({ [CARD]: cardDraft({ text: "same", updatedAt: T0 + 5 }) }),
    );
    expect(merged.cardDraftConflicts).toEqual([]);
    expect(merged.snapshot.cardDrafts?.[CARD]?.updatedAt).toBe(T0);
  });

  it("an answer dated in the future is clamped to now, so it cannot win every later merge", () => {
    const merged = mergeSnapshots(emptySnapshot(), imported({ [CARD]: cardDraft({ updatedAt: T0 + 300 * DAY }) }), {
      now: T0,
    });
    expect(merged.snapshot.cardDrafts?.[CARD]?.updatedAt).toBe(T0);
  });

  it("an answer kept before drafts were dated (date 0) is never silently replaced", () => {
    const merged = mergeSnapshots(local("kept from an older version", 0), imported({ [CARD]: cardDraft() }));
    expect(merged.snapshot.cardDrafts?.[CARD]?.text).toBe("kept from an older version");
    expect(merged.cardDraftConflicts).toHaveLength(1);
  });
});
