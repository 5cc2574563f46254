/** The catalog: every challenge, checked as a set (unique ids) and in roadmap order. */
import { type Challenge, DIFFICULTIES, STAGES } from "../domain/challenge";
import { ChallengeFormatError, type ChallengeProblem, parseChallenge } from "./parse-challenge";

export interface ChallengeFolder {
  /** "challenges/<track>/<slug>" */
  source: string;
  files: Record<string, string>;
}

export interface Catalog {
  challenges: Challenge[];
  problems: ChallengeProblem[];
}

const TRACK_ORDER: string[] = STAGES.flatMap((s) => [...s.tracks]);

/** Parse every folder; a broken challenge is reported and left out, the rest still load. */
export function buildCatalog(folders: ChallengeFolder[]): Catalog {
  const challenges: Challenge[] = [];
  const problems: ChallengeProblem[] = [];
  const seen = new Map<string, string>();
  for (const folder of folders) {
    try {
      const c = parseChallenge(folder.source, folder.files);
      const first = seen.get(c.id);
      if (first) {
        problems.push({
          file: `${folder.source}/challenge.json`,
          field: "id",
          message: `duplicate id "${c.id}" (also used by ${first})`,
        });
        continue;
      }
      seen.set(c.id, folder.source);
      challenges.push(c);
    } catch (e) {
      if (!(e instanceof ChallengeFormatError)) throw e;
      problems.push(...e.problems);
    }
  }
  challenges.sort(
    (a, b) =>
      TRACK_ORDER.indexOf(a.track) - TRACK_ORDER.indexOf(b.track) ||
      DIFFICULTIES.indexOf(a.difficulty) - DIFFICULTIES.indexOf(b.difficulty) ||
      a.title.localeCompare(b.title),
  );
  return { challenges, problems };
}

/** Group "challenges/<track>/<slug>/<file>" paths with their text into folders. */
export function foldersFromPaths(entries: Record<string, string>, root = "challenges"): ChallengeFolder[] {
  const byFolder = new Map<string, Record<string, string>>();
  for (const [path, text] of Object.entries(entries)) {
    const rel = path.slice(path.indexOf(`${root}/`));
    const parts = rel.split("/");
    if (parts.length !== 4) continue;
    const source = parts.slice(0, 3).join("/");
    const files = byFolder.get(source) ?? {};
    files[parts[3] as string] = text;
    byFolder.set(source, files);
  }
  return [...byFolder].map(([source, files]) => ({ source, files }));
}
