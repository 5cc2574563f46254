/**
 * The e2e-offline build stamped with DRILL_TEST_VERSION, so a test can tell two deploys apart:
 * the offline-probe drill's title, a <meta> in index.html and a global set by the entry script all
 * name the version (and so the build id and the entry script's hashed name differ too).
 */
import { defineConfig, type Plugin, type UserConfig } from "vite";
import appConfig from "../../vite.config.ts";

const version = process.env.DRILL_TEST_VERSION ?? "A";
export const PROBE_CHALLENGE = "challenges/python/offline-probe/challenge.json";

function stampVersion(): Plugin {
  return {
    name: "drill-test-version",
    transformIndexHtml: () => [
      { tag: "meta", attrs: { name: "drill-test-version", content: version }, injectTo: "head" },
    ],
    renderChunk(code, chunk) {
      return chunk.isEntry ? `${code}\nglobalThis.__drillTestVersion = ${JSON.stringify(version)};\n` : null;
    },
    // runs before the service worker plugin (enforce: "post") hashes the bundle into the build id
    generateBundle(_options, bundle) {
      const asset = bundle["challenges.json"];
      if (asset?.type !== "asset") throw new Error("challenges.json is not in the bundle");
      const files = JSON.parse(String(asset.source)) as Record<string, string>;
      const challenge = JSON.parse(files[PROBE_CHALLENGE] ?? "{}");
      files[PROBE_CHALLENGE] = JSON.stringify({ ...challenge, title: `Offline probe (version ${version})` });
      asset.source = JSON.stringify(files);
    },
  };
}

export default defineConfig(async (env) => {
  const config = (typeof appConfig === "function" ? await appConfig(env) : appConfig) as UserConfig;
  return { ...config, plugins: [...(config.plugins ?? []), stampVersion()] };
});
