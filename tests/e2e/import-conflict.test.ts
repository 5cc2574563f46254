// An import never silently replaces this device's draft: its conflict banner outlives a reload,
// both versions can be chosen, and once one is chosen the banner is gone for good.
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApp, writeCode } from "../support/app";
import type { Server } from "../support/browser";
import { editorCode } from "../support/editor";
import { endFile, returningUser, sharedPreview } from "../support/shared-app";

let server: Server;
let page: Page;

beforeAll(async () => {
  server = await sharedPreview();
  page = await returningUser();
  await openApp(page, server.url, "#/drill/two-sum");
}, 120_000);

afterAll(async () => {
  await endFile();
});

const banner = () => page.getByRole("alert").filter({ hasText: "The imported file has other code for this drill" });

async function openTwoSum(): Promise<void> {
  await page.waitForFunction(() => Object.keys(window.__drillEditors ?? {}).length > 0, undefined, {
    timeout: 30_000,
  });
}

describe("a draft conflict from an import", () => {
  it("is still offered after a reload, both ways, and is gone for good once settled", async () => {
    await openTwoSum();
    await writeCode(page, "# typed on this device\n");
    await page.goto(`${server.url}#/data`);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export progress" }).click();
    const exported = path.join(tmpdir(), `conflict-${Date.now()}.json`);
    await (await download).saveAs(exported);
    const file = JSON.parse(readFileSync(exported, "utf8"));
    expect(file.drafts["two-sum"].code).toBe("# typed on this device\n");
    file.drafts["two-sum"] = { ...file.drafts["two-sum"], code: "# from the file\n", updatedAt: Date.UTC(2199, 0, 1) };
    const imported = path.join(tmpdir(), `conflict-import-${Date.now()}.json`);
    writeFileSync(imported, JSON.stringify(file));
    await page.getByLabel("Import progress from a file").setInputFiles(imported);
    await page.getByRole("status").filter({ hasText: "both are kept" }).waitFor();

    await page.goto(`${server.url}#/drill/two-sum`);
    await openTwoSum();
    await banner().waitFor();
    await page.reload();
    await openTwoSum();
    await banner().waitFor();
    expect(await editorCode(page)).toBe("# typed on this device\n");
    await banner().getByRole("button", { name: "Use the imported code" }).click();
    await banner().waitFor({ state: "detached" });
    await expect.poll(() => editorCode(page), { timeout: 10_000 }).toBe("# from the file\n");

    await page.reload();
    await openTwoSum();
    expect(await editorCode(page)).toBe("# from the file\n");
    expect(await banner().count()).toBe(0);
  }, 120_000);

  it("an answer typed on a concept card travels too: a different newer one is offered on the card, not forced", async () => {
    const card = "bias-variance-tradeoff";
    const answerBox = page.getByRole("textbox", { name: "Your answer" });
    const cardBanner = page
      .getByRole("alert")
      .filter({ hasText: "The imported file has another answer for this card" });
    await page.goto(`${server.url}#/concepts/${card}`);
    await answerBox.fill("typed on this device");
    await page.goto(`${server.url}#/data`);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export progress" }).click();
    const exported = path.join(tmpdir(), `card-conflict-${Date.now()}.json`);
    await (await download).saveAs(exported);
    const file = JSON.parse(readFileSync(exported, "utf8"));
    expect(file.cardDrafts[card].text).toBe("typed on this device");
    file.cardDrafts[card] = { cardId: card, text: "typed on the laptop", updatedAt: Date.UTC(2199, 0, 1) };
    const imported = path.join(tmpdir(), `card-conflict-import-${Date.now()}.json`);
    writeFileSync(imported, JSON.stringify(file));
    await page.getByLabel("Import progress from a file").setInputFiles(imported);
    await page.getByRole("status").filter({ hasText: "open the card to choose one" }).waitFor();

    await page.goto(`${server.url}#/concepts/${card}`);
    await cardBanner.waitFor();
    expect(await answerBox.inputValue()).toBe("typed on this device");
    await page.reload();
    await cardBanner.waitFor();
    await cardBanner.getByRole("button", { name: "Use the imported answer" }).click();
    await cardBanner.waitFor({ state: "detached" });
    await expect.poll(() => answerBox.inputValue()).toBe("typed on the laptop");
    await page.reload();
    await expect.poll(() => answerBox.inputValue()).toBe("typed on the laptop");
    expect(await cardBanner.count()).toBe(0);
  }, 120_000);
});
