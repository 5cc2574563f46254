/** The drills shipped with the app: challenges.json, made at build time from challenges/, checked on load. */
import { buildCatalog, type Catalog, foldersFromPaths } from "./catalog";

export async function fetchCatalog(base: URL): Promise<Catalog> {
  const response = await fetch(new URL("challenges.json", base));
  if (!response.ok) throw new Error(`the drills could not be loaded (${response.status})`);
  return buildCatalog(foldersFromPaths((await response.json()) as Record<string, string>));
}
