/** The concept-card and story-bank screens for `npm run screenshots` (see screenshots.ts). */
import type { Page } from "playwright-core";

type Theme = "light" | "dark";

export async function conceptScreens(
  page: Page,
  url: string,
  kind: string,
  themes: readonly Theme[],
  setTheme: (page: Page, theme: Theme) => Promise<void>,
  shoot: (page: Page, name: string) => Promise<void>,
): Promise<void> {
  // one story in the bank, written as a user would
  await page.goto(`${url}#/stories`);
  await page.getByRole("button", { name: "New story" }).click();
  const form = page.getByRole("form", { name: "Story" });
  await form.getByLabel("Title").fill("Shipping the churn model on a fixed date");
  await form
    .getByLabel("Situation")
    .fill("Our churn model for the subscriptions team was two weeks behind, and the launch date was fixed.");
  await form.getByLabel("Task").fill("I owned the feature pipeline and had to decide what to cut.");
  await form
    .getByLabel("Action")
    .fill(
      "I ranked features by the recall they added in an ablation, cut the two slowest to compute, and showed the product manager the trade-off in one table.",
    );
  await form
    .getByLabel("Result")
    .fill(
      "We shipped on the date with recall within one point of the full model, and added the features back a month later.",
    );
  await form.locator(".check-grid input[type=checkbox]").first().check();
  await form.getByRole("button", { name: "Save story" }).click();
  for (const theme of themes) {
    await setTheme(page, theme);
    await page.goto(`${url}#/concepts`);
    await page.locator(".concept-list").first().waitFor();
    await shoot(page, `concepts-${theme}-${kind}`);
    // a card not answered in an earlier theme, so each shot shows a first answer
    await page.locator(".concept-list a").nth(themes.indexOf(theme)).click();
    await page.getByRole("timer", { name: "Answer timer" }).waitFor();
    await page
      .getByRole("textbox", { name: "Your answer" })
      .fill("Python passes references to objects; a mutable default is created once, when the def runs.");
    await shoot(page, `concept-answering-${theme}-${kind}`);
    await page.getByRole("button", { name: "Done: show the answer" }).click();
    await page.locator(".key-points input").first().check();
    await page.getByRole("button", { name: /^Good/ }).click();
    await page.getByText(/Scheduled: comes back/).waitFor();
    await page.getByRole("heading", { name: "Model answer" }).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -64));
    await shoot(page, `concept-revealed-${theme}-${kind}`);
    await page.getByRole("heading", { name: "How well did you answer?" }).scrollIntoViewIfNeeded();
    await shoot(page, `concept-rated-${theme}-${kind}`);
    await page.goto(`${url}#/stories`);
    await page.locator(".story-item").first().waitFor();
    await shoot(page, `stories-${theme}-${kind}`);
    await page.locator(".story-item").first().getByRole("button", { name: "Rehearse" }).click();
    await page.locator(".rehearsal").waitFor();
    await shoot(page, `story-rehearsal-${theme}-${kind}`);
  }
}
