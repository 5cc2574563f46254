/**
 * The drills are data, not code: every file under challenges/<track>/<id>/ goes into one
 * challenges.json asset (served fresh by the dev server), which the app fetches and parses.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";

export const CHALLENGES_ASSET = "challenges.json";

/** "challenges/<track>/<id>/<file>" -> text, for each root (the e2e-offline build adds its fixtures). */
export function readChallengeFiles(roots: string[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const root of roots) {
    for (const track of readdirSync(root)) {
      const trackDir = path.join(root, track);
      if (!statSync(trackDir).isDirectory()) continue;
      for (const id of readdirSync(trackDir)) {
        const dir = path.join(trackDir, id);
        if (!statSync(dir).isDirectory()) continue;
        for (const name of readdirSync(dir)) {
          const file = path.join(dir, name);
          if (statSync(file).isFile()) files[`challenges/${track}/${id}/${name}`] = readFileSync(file, "utf8");
        }
      }
    }
  }
  return files;
}

export function challengesData(roots: () => string[]): Plugin {
  const json = () => JSON.stringify(readChallengeFiles(roots()));
  return {
    name: "drill-challenges",
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? "").split("?")[0] !== `${server.config.base}${CHALLENGES_ASSET}`) return next();
        res.setHeader("Content-Type", "application/json");
        res.end(json());
      });
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: CHALLENGES_ASSET, source: json() });
    },
  };
}
