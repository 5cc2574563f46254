/** Deployment settings read at start-up from drill-config.json (written by `npm run vendor-packages`). */
import { OFFICIAL_PACKAGES_URL } from "./browser-runner";

export interface RuntimeConfig {
  /** Where package wheels come from: a folder on this site, or Pyodide's official distribution. */
  packageBaseUrl: string;
  /** The lock file naming each wheel and its SHA-256. */
  lockFileURL: string;
}

export async function loadRuntimeConfig(base: URL): Promise<RuntimeConfig> {
  const defaults: RuntimeConfig = {
    packageBaseUrl: import.meta.env.VITE_PYODIDE_PACKAGES_URL || OFFICIAL_PACKAGES_URL,
    lockFileURL: new URL("pyodide/pyodide-lock.json", base).href,
  };
  try {
    const response = await fetch(new URL("drill-config.json", base), { cache: "no-cache" });
    if (!response.ok) return defaults;
    const raw = (await response.json()) as Partial<RuntimeConfig>;
    const lockFileURL = raw.lockFileURL ? new URL(raw.lockFileURL, base).href : defaults.lockFileURL;
    return {
      // a mirror's lock file names wheels beside it, as Pyodide itself assumes
      packageBaseUrl: raw.packageBaseUrl
        ? new URL(raw.packageBaseUrl, base).href
        : raw.lockFileURL
          ? new URL(".", lockFileURL).href
          : defaults.packageBaseUrl,
      lockFileURL,
    };
  } catch {
    return defaults;
  }
}
