// Concept card files: the fixed format, refused with the file and the field named; deck-wide checks.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CardFormatError, parseCard } from "../../src/catalog/parse-card";
import { buildCardDeck } from "../../src/catalog/parse-card-deck";

const CONCEPT = "challenges/concepts/core-ml/fixture-bias-variance.md";
const PROMPT = "challenges/concepts/behavioural/fixture-disagreement.md";
const conceptText = readFileSync("tests/fixtures/concepts/core-ml/fixture-bias-variance.md", "utf8");
const promptText = readFileSync("tests/fixtures/concepts/behavioural/fixture-disagreement.md", "utf8");
const DRILLS = new Set(["two-sum", "macro-f1"]);

function problemsOf(source: string, text: string): string[] {
  try {
    parseCard(source, text);
  } catch (e) {
    if (e instanceof CardFormatError) return e.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`);
    throw e;
  }
  return [];
}

describe("parseCard", () => {
  it("reads a concept card: front matter, sections, key points and wrong answers with their reasons", () => {
    const card = parseCard(CONCEPT, conceptText);
    expect(card).toMatchObject({
      id: "fixture-bias-variance",
      kind: "concept",
      stage: "core-ml",
      track: "ml",
      difficulty: "medium",
      tags: ["generalisation", "model-selection"],
      drills: ["two-sum"],
      roadmap: "Q4",
      area: null,
      question: "What is the bias-variance trade-off?",
    });
    expect(card.keyPoints).toHaveLength(3);
    expect(card.wrongAnswers[0]).toEqual({
      claim: '"More data reduces bias"',
      why: "more data mainly reduces variance",
    });
    // a "##" line inside a fenced code block is code, not a section
    expect(card.deeper).toContain("## not a section");
  });

  it("reads a behavioural prompt with its area", () => {
    const card = parseCard(PROMPT, promptText);
    expect(card).toMatchObject({ kind: "behavioural", stage: "behavioural", area: "disagreement", track: null });
  });

  it.each([
    [
      "an unknown key",
      (t: string) => t.replace("difficulty: medium", "difficulty: medium\nauthor: me"),
      "author: unknown key",
    ],
    ["a missing required key", (t: string) => t.replace("title: Bias and variance\n", ""), "title: is required"],
    ["a bad difficulty", (t: string) => t.replace("difficulty: medium", "difficulty: tricky"), "difficulty:"],
    ["a track of another stage", (t: string) => t.replace("track: ml", "track: pandas"), "track:"],
    ["a stage that is not the folder", (t: string) => t.replace("stage: core-ml", "stage: end-to-end"), "stage:"],
    ["an id that is not the file name", (t: string) => t.replace("id: fixture-bias-variance", "id: other-id"), "id:"],
    ["roadmap Q11", (t: string) => t.replace("roadmap: Q4", "roadmap: Q11"), "roadmap:"],
    ["a missing section", (t: string) => t.replace(/## Follow-up[\s\S]*$/, ""), "## Follow-up: missing section"],
    [
      "an empty section",
      (t: string) => t.replace(/## Answer\n[\s\S]*?\n\n## Deeper/, "## Answer\n\n## Deeper"),
      "## Answer: is empty",
    ],
    [
      "sections out of order",
      (t: string) => {
        const [head, rest] = t.split("## Key points");
        const [points, tail] = (rest as string).split("## Common wrong answers");
        return `${(head as string).replace("## Deeper", `## Key points${points}## Deeper`)}## Common wrong answers${tail}`;
      },
      "(sections): wrong order",
    ],
    ["text before the first section", (t: string) => t.replace("## Question", "Intro text\n\n## Question"), "(body)"],
    [
      "tags that are not a list",
      (t: string) => t.replace("tags: [generalisation, model-selection]", "tags: x"),
      "tags:",
    ],
    ["an area on a concept card", (t: string) => t.replace("roadmap: Q4", "roadmap: Q4\narea: failure"), "area:"],
  ])("refuses %s, naming the file and the field", (_name, change, expected) => {
    const problems = problemsOf(CONCEPT, change(conceptText));
    expect(problems.join("\n")).toContain(`${CONCEPT}: ${expected}`);
  });

  it("refuses a card whose sections hold under 120 or over 500 words, and accepts the limits", () => {
    const deeper = /## Deeper\n[\s\S]*?\n\n## Key points/;
    const withDeeper = (words: number) =>
      conceptText.replace(deeper, `## Deeper\n${Array(words).fill("word").join(" ")}\n\n## Key points`);
    // the words in the fixture's sections other than Deeper, as the refusal of a one-word Deeper counts them
    const rest = Number(/(\d+) words/.exec(problemsOf(CONCEPT, withDeeper(1)).join())?.[1]) - 1;
    expect(rest).toBeGreaterThan(20);
    expect(problemsOf(CONCEPT, withDeeper(120 - rest))).toEqual([]);
    expect(problemsOf(CONCEPT, withDeeper(500 - rest))).toEqual([]);
    expect(problemsOf(CONCEPT, withDeeper(119 - rest))).toEqual([
      `${CONCEPT}: (body length): 119 words: a card's sections must hold 120 to 500 words`,
    ]);
    expect(problemsOf(CONCEPT, withDeeper(501 - rest))).toEqual([
      `${CONCEPT}: (body length): 501 words: a card's sections must hold 120 to 500 words`,
    ]);
  });

  it("refuses a behavioural prompt without an area or with a wrong one", () => {
    expect(problemsOf(PROMPT, promptText.replace("area: disagreement\n", "")).join()).toContain("area: is required");
    expect(problemsOf(PROMPT, promptText.replace("area: disagreement", "area: luck")).join()).toContain("area:");
  });
});

describe("buildCardDeck", () => {
  const concept = { source: CONCEPT, text: conceptText };
  const prompt = { source: PROMPT, text: promptText };

  it("keeps valid cards", () => {
    const deck = buildCardDeck([concept, prompt], DRILLS);
    expect(deck.problems).toEqual([]);
    expect(deck.cards.map((c) => c.id).sort()).toEqual(["fixture-bias-variance", "fixture-disagreement"]);
  });

  it("refuses related drills that do not exist, ids shared with drills, duplicate ids and a roadmap question used twice", () => {
    const missingDrill = buildCardDeck(
      [{ ...concept, text: conceptText.replace("[two-sum]", "[no-such-drill]") }],
      DRILLS,
    );
    expect(missingDrill.problems[0]).toMatchObject({ file: CONCEPT, field: "drills" });
    expect(missingDrill.cards).toEqual([]);

    const clash = buildCardDeck([concept], new Set([...DRILLS, "fixture-bias-variance"]));
    expect(clash.problems[0]).toMatchObject({ field: "id", message: expect.stringContaining("drill id") });

    const other = "challenges/concepts/end-to-end/fixture-bias-variance.md";
    const twice = buildCardDeck(
      [
        concept,
        {
          source: other,
          text: conceptText.replace("stage: core-ml", "stage: end-to-end").replace("track: ml", "track: end-to-end"),
        },
      ],
      DRILLS,
    );
    expect(twice.problems.map((p) => p.field)).toContain("id");

    const q4 = "challenges/concepts/core-ml/fixture-other.md";
    const roadmap = buildCardDeck(
      [concept, { source: q4, text: conceptText.replace("id: fixture-bias-variance", "id: fixture-other") }],
      DRILLS,
    );
    expect(roadmap.problems).toEqual([
      expect.objectContaining({
        file: q4,
        field: "roadmap",
        message: expect.stringContaining("Q4 is already covered"),
      }),
    ]);
  });
});
