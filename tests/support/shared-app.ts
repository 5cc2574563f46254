/**
 * What the browser files share (started by the global set-up, e2e-setup.ts): the built app served
 * by one `vite preview`, one lean Chromium (launchBrowser's defaults), and in it one profile that
 * has booted Python before, where a test can be a new user without paying for a first boot.
 */
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { inject } from "vitest";
import { type Server, withoutCompletion } from "./browser";
import { leaveProfile, startOver } from "./start-over";

let browser: Promise<Browser> | null = null;
let profile: BrowserContext | null = null;

export async function sharedPreview(): Promise<Server> {
  return { url: inject("previewUrl"), close() {} };
}

/**
 * The shared Chromium, connected once per process. A file opens its own contexts in it and ends
 * with endFile(), which closes them; it never closes the browser.
 */
export function sharedBrowser(): Promise<Browser> {
  browser ??= chromium.connect(inject("browserEndpoint")).then(withoutCompletion);
  return browser;
}

/**
 * A new user's blank page in the shared profile (startOver): Python boots from the snapshot the
 * profile keeps, except for the first caller, whose page boots it from nothing.
 */
export async function returningUser(): Promise<Page> {
  if (profile) return startOver(profile, inject("previewUrl"));
  profile = await (await sharedBrowser()).newContext();
  return profile.newPage();
}

/** A file's afterAll: closes the contexts it opened in the shared browser, and its pages in the shared profile. */
export async function endFile(): Promise<void> {
  const b = await sharedBrowser();
  for (const context of b.contexts()) {
    if (context === profile) await leaveProfile(context, inject("previewUrl"));
    else await context.close();
  }
}
