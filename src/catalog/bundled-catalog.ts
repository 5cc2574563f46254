/** The challenges compiled into the app: every file under challenges/<track>/<id>/, checked at load. */
import { buildCatalog, foldersFromPaths } from "./catalog";

const files = import.meta.glob<string>("../../challenges/*/*/*", { query: "?raw", import: "default", eager: true });
// Only the offline browser test's build (vite build --mode e2e-offline) carries its fixture drill.
const fixtures =
  import.meta.env.MODE === "e2e-offline"
    ? import.meta.glob<string>("../../tests/fixtures/challenges/*/*/*", {
        query: "?raw",
        import: "default",
        eager: true,
      })
    : {};

export const bundledCatalog = buildCatalog([...foldersFromPaths(files), ...foldersFromPaths(fixtures)]);
