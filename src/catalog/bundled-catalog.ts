/** The challenges compiled into the app: every file under challenges/<track>/<id>/, checked at load. */
import { buildCatalog, foldersFromPaths } from "./catalog";

const files = import.meta.glob<string>("../../challenges/*/*/*", { query: "?raw", import: "default", eager: true });

export const bundledCatalog = buildCatalog(foldersFromPaths(files));
