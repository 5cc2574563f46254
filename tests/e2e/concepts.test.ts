// Concept cards, the story bank and mock interviews with questions, as a user meets them, all offline
// after the first visit: served by a plain server, the service worker alone makes the app work offline.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousA11yViolations } from "../support/app";
import { testPort } from "../support/browser";
import { buildOfflineApp, firstVisit, pythonReady } from "../support/offline-app";
import { endFile, sharedBrowser } from "../support/shared-app";
import { startTestServer, type TestServer } from "../support/test-server";

const PORT = testPort(4419);
const URL_ = `http://127.0.0.1:${PORT}/`;
let out: string;
let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let cardTitle = "";

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), "drill-concepts-"));
  buildOfflineApp(out);
  server = await startTestServer(out, PORT);
  browser = await sharedBrowser();
  context = await browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
  await firstVisit(page, URL_);
  await context.setOffline(true);
}, 240_000);

afterAll(async () => {
  await endFile();
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

async function go(hash: string): Promise<void> {
  await page.goto(`${URL_}${hash}`);
}

/** Answer the card on screen aloud, reveal it, tick `ticks` key points and rate it. */
async function answerAloud(rating: "Again" | "Hard" | "Good" | "Easy", ticks: number): Promise<void> {
  await page.getByRole("button", { name: "I answered aloud" }).click();
  const boxes = page.locator(".key-points input[type=checkbox]");
  for (let i = 0; i < ticks; i++) await boxes.nth(i).check();
  await page.getByRole("button", { name: new RegExp(`^${rating}`) }).click();
  await page.getByText(/Scheduled: comes back/).waitFor();
}

describe("concept cards, offline", () => {
  it("answers a card against its timer, reveals, ticks key points, rates it and finds it scheduled for review", async () => {
    await go("#/concepts");
    await page.getByRole("heading", { level: 1, name: "Concept questions" }).waitFor();
    const first = page.locator(".concept-list a").first();
    expect(await seriousA11yViolations(page)).toEqual([]);
    cardTitle = (await first.textContent()) ?? "";
    expect(cardTitle).not.toBe("");
    await first.click();
    await page.getByRole("heading", { level: 1, name: cardTitle }).waitFor();
    // as on every page change, focus moves to the new page's heading
    await expect
      .poll(() =>
        page.evaluate(() => (document.activeElement?.tagName === "H1" ? document.activeElement.textContent : null)),
      )
      .toBe(cardTitle);

    const timer = page.getByRole("timer", { name: "Answer timer" });
    expect(await timer.textContent()).toMatch(/left of 2:00/);
    await page.getByRole("button", { name: "Pause" }).click();
    const paused = await timer.textContent();
    await page.waitForTimeout(1500);
    expect(await timer.textContent()).toBe(paused);
    await page.getByRole("button", { name: "+1 min" }).click();
    expect(await timer.textContent()).toMatch(/of 3:00/);
    await page.getByRole("button", { name: "Resume" }).click();

    const done = page.getByRole("button", { name: "Done: show the answer" });
    expect(await done.isDisabled()).toBe(true);
    const answerBox = page.getByRole("textbox", { name: "Your answer" });
    await answerBox.fill("My typed answer about this concept.");
    // an answer not yet recorded survives a reload
    await page.reload();
    await expect.poll(() => answerBox.inputValue()).toBe("My typed answer about this concept.");
    await done.click();
    await page.getByRole("heading", { name: "Model answer" }).waitFor();
    expect(await page.getByText("My typed answer about this concept.").count()).toBe(1);
    await page.getByText("Go deeper").click();
    const boxes = page.locator(".key-points input[type=checkbox]");
    expect(await boxes.count()).toBeGreaterThanOrEqual(3);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    expect(await page.getByText("2 of").first().textContent()).toMatch(/2 of \d+ ticked/);
    await page.getByRole("button", { name: /^Good/ }).click();
    expect(await page.getByRole("status").filter({ hasText: "Scheduled" }).textContent()).toMatch(
      /comes back in 14 days/,
    );
    expect(await seriousA11yViolations(page)).toEqual([]);

    // the answer is kept, with the card, after a reload
    await page.reload();
    await page.getByRole("heading", { name: "Your answers" }).waitFor();
    expect(await page.getByText("My typed answer about this concept.").count()).toBe(1);
    // once recorded, the answer is no longer a draft: the box starts empty
    await page.waitForTimeout(500);
    expect(await answerBox.inputValue()).toBe("");

    // "Practise it" leads to a drill, whose page links back under "Related concepts"
    const practise = page.getByRole("region", { name: "Practise it" }).getByRole("link").first();
    await practise.click();
    await page
      .getByRole("complementary", { name: "Related concepts" })
      .getByRole("link", { name: cardTitle })
      .waitFor();
    // opened afresh, a drill page lists its concepts from the small index, not the full cards
    const drillHash = new URL(page.url()).hash;
    const fetched: string[] = [];
    const record = (r: { url(): string }) => fetched.push(new URL(r.url()).pathname);
    page.on("request", record);
    await go("#/concepts");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Concept questions" }).waitFor();
    await go(drillHash);
    await page
      .getByRole("complementary", { name: "Related concepts" })
      .getByRole("link", { name: cardTitle })
      .waitFor();
    page.off("request", record);
    expect(fetched).toContain("/cards-index.json");
    expect(fetched).not.toContain("/cards.json");

    await go("#/review");
    const upcoming = page.getByRole("list", { name: "Coming up" });
    await upcoming.getByRole("link", { name: cardTitle }).waitFor();
    expect(await upcoming.textContent()).toContain("rated good");
  });

  it("writes a STAR story, finds it after a reload, and rehearses it against a timer", async () => {
    await go("#/stories");
    await page.getByRole("heading", { level: 1, name: "Story bank" }).waitFor();
    await page.getByRole("button", { name: "New story" }).click();
    const form = page.getByRole("form", { name: "Story" });
    await form.getByLabel("Title").fill("The late churn model");
    await form.getByLabel("Situation").fill("Our churn model was two weeks late. The launch date was fixed.");
    await form.getByLabel("Task").fill("I owned the feature pipeline.");
    await form.getByLabel("Action").fill("I cut two slow features and ran an ablation to show recall held.");
    await form.getByLabel("Result").fill("We shipped on time with recall within one point.");
    const prompt = form.locator(".check-grid input[type=checkbox]").first();
    if ((await prompt.count()) > 0) await prompt.check();
    expect(await form.getByRole("status").textContent()).toMatch(
      /\d+ words · about 0:\d\d spoken \(at about 150 words per minute/,
    );
    await form.getByRole("button", { name: "Save story" }).click();
    await page.reload();
    const story = page.locator(".story-item").filter({ hasText: "The late churn model" });
    await story.waitFor();
    await story.getByRole("button", { name: "Rehearse" }).click();
    await page.getByRole("timer", { name: "Answer timer" }).waitFor();
    expect(await page.locator(".star-cues").textContent()).toContain("Our churn model was two weeks late.");
    expect(await page.locator(".star-cues").textContent()).not.toContain("The launch date was fixed.");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByText("Hide the story").click();
    expect(await page.locator(".star-cues").count()).toBe(0);
    await page.getByRole("button", { name: "Done" }).click();
    await page.getByText(/You spoke for/).waitFor();
  });

  it("export then import keeps the stories and the card schedule", async () => {
    await go("#/data");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export progress" }).click(),
    ]);
    // a copy here: the browser is the shared one, connected remotely, so its own file is out of reach
    const file = path.join(out, "exported-progress.json");
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, "utf8"));
    expect(Object.values(exported.stories).map((s) => (s as { title: string }).title)).toContain(
      "The late churn model",
    );
    expect(Object.keys(exported.cards)).toHaveLength(1);

    // lose the story, then bring it back from the file
    await go("#/stories");
    const story = page.locator(".story-item").filter({ hasText: "The late churn model" });
    await story.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("button", { name: "Delete story" }).click();
    await page.getByText("No stories yet").waitFor();

    await go("#/data");
    await page.getByLabel("Import progress from a file").setInputFiles(file);
    expect(await page.getByRole("status").filter({ hasText: "Imported" }).textContent()).toMatch(/1 new .* stories/);
    await go("#/stories");
    await page.locator(".story-item").filter({ hasText: "The late churn model" }).waitFor();
    await go("#/review");
    await page.getByRole("list", { name: "Coming up" }).getByRole("link", { name: cardTitle }).waitFor();

    // a broken file is refused and nothing changes
    await go("#/data");
    const broken = { ...exported, stories: { x: { id: "y" } } };
    await page.getByLabel("Import progress from a file").setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await page.getByRole("alert").filter({ hasText: "Import refused" }).waitFor();
    await go("#/stories");
    await page.locator(".story-item").filter({ hasText: "The late churn model" }).waitFor();
  });

  it("runs a mock interview with one drill, two concept cards and a behavioural prompt to its summary", async () => {
    await go("#/mock");
    await page.getByRole("heading", { level: 1, name: "Mock interview" }).waitFor();
    await page.getByLabel("Python", { exact: true }).check();
    await page.getByLabel("Number of drills").fill("1");
    const concepts = page.getByLabel("Concept questions");
    await page.waitForFunction(() => !document.querySelector<HTMLInputElement>("input[type=number]:disabled"));
    await concepts.fill("2");
    await page.getByLabel("A behavioural prompt").check();
    await page.getByRole("button", { name: "Start the interview" }).click();
    await pythonReady(page);
    const bar = page.getByRole("region", { name: "Mock interview" });
    expect(await bar.textContent()).toContain("part 1 of 4");
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    await bar.getByText("1 submitted").waitFor({ timeout: 60_000 });

    await bar.getByRole("button", { name: /^Next/ }).click();
    for (const step of [1, 2, 3]) {
      await page
        .getByRole("region", { name: "Mock interview" })
        .getByText(`part ${step + 1} of 4`)
        .waitFor();
      expect(await page.getByRole("timer", { name: "Answer timer" }).textContent()).toMatch(/left/);
      // in an interview the clock does not pause
      expect(await page.getByRole("button", { name: "Pause" }).count()).toBe(0);
      await answerAloud(step === 2 ? "Hard" : "Good", step);
      const next = page.getByRole("button", { name: step === 3 ? "Finish and see the summary" : "Next part" });
      await next.click();
    }
    await page.getByRole("heading", { level: 1, name: "Mock interview summary" }).waitFor();
    const rows = page.getByRole("table").nth(1).locator("tbody tr");
    expect(await rows.count()).toBe(3);
    const text = (await page.getByRole("table").nth(1).textContent()) ?? "";
    expect(text).toContain("Behavioural");
    expect(text).toContain("Good");
    expect(text).toContain("Hard");
    expect(await page.getByRole("table").nth(0).textContent()).toMatch(/not solved|solved/);
  });
});
