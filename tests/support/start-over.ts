/**
 * A new user in a browser profile that has run the app before: for tests of what a user does,
 * not of a first visit. A fresh profile boots Python from nothing (7-8 s and about 12 CPU-s
 * here); this one boots from the memory snapshot the profile keeps (3-3.5 s, about 6 CPU-s).
 */
import type { BrowserContext, Page } from "playwright-core";
import { SNAPSHOT_TRUST_KEY } from "../../src/app/browser-runner";

/** Per profile: the record by which the page trusts the snapshot, kept across new users. */
const trustRecords = new WeakMap<BrowserContext, string>();

/** Closes the profile's pages, first noting the page's trust record for the snapshot. */
export async function leaveProfile(context: BrowserContext, url: string): Promise<void> {
  for (const page of context.pages()) {
    if (!trustRecords.has(context) && page.url().startsWith(url)) {
      const trust = await page.evaluate((k) => localStorage.getItem(k), SNAPSHOT_TRUST_KEY);
      if (trust !== null) {
        trustRecords.set(context, trust);
        await context.addInitScript(
          ([key, value]) => {
            if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
          },
          [SNAPSHOT_TRUST_KEY, trust] as const,
        );
      }
    }
    await page.close();
  }
}

/**
 * Closes the context's pages, then deletes the app's data for its origin (IndexedDB and
 * localStorage: progress, drafts, timers, settings) but keeps Cache Storage, where the snapshot
 * is, and the trust record (put back by an init script). Returns a blank page of the context.
 */
export async function startOver(context: BrowserContext, url: string): Promise<Page> {
  await leaveProfile(context, url);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Storage.clearDataForOrigin", {
    origin: new URL(url).origin,
    storageTypes: "indexeddb,local_storage",
  });
  await cdp.detach();
  return page;
}
