/** Read challenge folders from disk into the catalog. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { buildCatalog, type Catalog, type ChallengeFolder } from "../catalog/catalog";
import { CHALLENGES_DIR, REPO_ROOT } from "./paths";
import { CONCEPTS_FOLDER } from "./validate-cards";

export function readFolder(dir: string): ChallengeFolder {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isFile()) files[name] = readFileSync(full, "utf8");
  }
  const rel = path.relative(REPO_ROOT, dir).split(path.sep).join("/");
  return { source: rel.startsWith("..") ? dir : rel, files };
}

export function challengeDirs(root = CHALLENGES_DIR): string[] {
  const dirs: string[] = [];
  for (const track of readdirSync(root).sort()) {
    if (track === CONCEPTS_FOLDER) continue; // concept cards, not drills: see validate-cards.ts
    const trackDir = path.join(root, track);
    if (!statSync(trackDir).isDirectory()) continue;
    for (const slug of readdirSync(trackDir).sort()) {
      const dir = path.join(trackDir, slug);
      if (statSync(dir).isDirectory()) dirs.push(dir);
    }
  }
  return dirs;
}

export function loadCatalog(root = CHALLENGES_DIR): Catalog {
  return buildCatalog(challengeDirs(root).map(readFolder));
}

/** A challenge folder from an id ("two-sum") or a path to its folder. */
export function resolveChallengeDir(ref: string, root = CHALLENGES_DIR): string | null {
  if (existsSync(ref) && statSync(ref).isDirectory()) return path.resolve(ref);
  return challengeDirs(root).find((d) => path.basename(d) === ref) ?? null;
}
