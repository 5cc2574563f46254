/**
 * Self-host the package wheels the drills need: `npm run vendor-packages -- --from DIR` copies them
 * from a folder into the build (dist/pyodide/, beside the lock file), `--download` fetches them from
 * Pyodide's official distribution and `--download-from URL` from a mirror of it. Every wheel is
 * checked against the pinned pyodide-lock.json SHA-256; a missing, failed or mismatching wheel is
 * refused and the build is left as it was. Then dist/drill-config.json points the app at its own
 * origin for packages.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pyodidePackage from "pyodide/package.json" with { type: "json" };
import { loadCatalog } from "../src/cli/load-challenges";
import { PackagesDirError, readLock, verifyPackagesDir, withDependencies } from "../src/cli/packages-dir";

const OFFICIAL = `https://cdn.jsdelivr.net/pyodide/v${pyodidePackage.version}/full/`;

interface Options {
  from?: string;
  /** Base URL of a Pyodide distribution to download the wheels from. */
  download?: string;
  /** Give up on a download that receives nothing for this long. */
  stallSeconds: number;
  out: string;
  packages?: string[];
  lock?: string;
}

function parse(argv: string[]): Options {
  const o: Options = { out: "dist", stallSeconds: 30 };
  let sources = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (!v) throw new PackagesDirError(`${a} needs a value`);
      return v;
    };
    if (a === "--from" || a === "--download" || a === "--download-from") sources++;
    if (a === "--from") o.from = path.resolve(next());
    else if (a === "--download") o.download = OFFICIAL;
    else if (a === "--download-from") o.download = distributionUrl(next());
    else if (a === "--out") o.out = next();
    else if (a === "--packages") o.packages = next().split(",");
    else if (a === "--lock") o.lock = next();
    else if (a === "--stall-timeout") o.stallSeconds = positiveSeconds(next());
    else throw new PackagesDirError(`unknown option ${a}`);
  }
  if (sources !== 1) {
    throw new PackagesDirError("give exactly one of --from DIR, --download or --download-from URL");
  }
  return o;
}

function positiveSeconds(value: string): number {
  const n = Number(value);
  if (!(n > 0)) throw new PackagesDirError(`--stall-timeout needs a number of seconds, not "${value}"`);
  return n;
}

function distributionUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.endsWith("/") ? value : `${value}/`);
  } catch {
    throw new PackagesDirError(`--download-from needs an http(s) URL, not "${value}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new PackagesDirError(`--download-from needs an http(s) URL, not "${value}"`);
  }
  return url.href;
}

/** Fetch each wheel into `dir`; the first that fails stops the run, naming the file and why. */
async function download(files: string[], base: string, dir: string, stallSeconds: number): Promise<void> {
  for (const file of files) {
    const url = new URL(file, base).href;
    let bytes: Uint8Array;
    const stalled = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const waitForData = () => {
      clearTimeout(timer);
      timer = setTimeout(() => stalled.abort(), stallSeconds * 1000);
    };
    try {
      waitForData();
      const response = await fetch(url, { signal: stalled.signal });
      if (!response.ok) {
        throw new PackagesDirError(
          `${file}: download failed: ${url} answered ${response.status} ${response.statusText}`,
        );
      }
      const chunks: Uint8Array[] = [];
      for await (const chunk of response.body ?? []) {
        waitForData();
        chunks.push(chunk);
      }
      bytes = Buffer.concat(chunks);
    } catch (e) {
      if (e instanceof PackagesDirError) throw e;
      if (stalled.signal.aborted) {
        throw new PackagesDirError(`${file}: download failed: ${url}: no data for ${stallSeconds} s`);
      }
      const cause = (e as Error & { cause?: Error }).cause?.message ?? (e as Error).message;
      throw new PackagesDirError(`${file}: download failed: ${url}: ${cause}`);
    } finally {
      clearTimeout(timer);
    }
    writeFileSync(path.join(dir, file), bytes);
    process.stdout.write(`downloaded ${file}\n`);
  }
}

/**
 * Put the verified wheels and drill-config.json into the build all at once: staged beside their
 * place, then renamed in, so a failure part-way leaves the build as it was.
 */
function install(source: string, wheels: string[], target: string, out: string): void {
  mkdirSync(target, { recursive: true });
  const staging = mkdtempSync(path.join(target, ".vendor-"));
  try {
    for (const wheel of wheels) copyFileSync(path.join(source, wheel), path.join(staging, wheel));
    writeFileSync(
      path.join(staging, "drill-config.json"),
      `${JSON.stringify({ packageBaseUrl: "./pyodide/" }, null, 2)}\n`,
    );
    for (const wheel of wheels) renameSync(path.join(staging, wheel), path.join(target, wheel));
    // last: the build only claims self-hosted packages once they are all in place
    renameSync(path.join(staging, "drill-config.json"), path.join(out, "drill-config.json"));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** verifyPackagesDir, naming the distribution rather than the temporary folder for downloads. */
function verify(dir: string, packages: string[], lock: ReturnType<typeof readLock>, from: [string, string] | null) {
  try {
    return verifyPackagesDir(dir, packages, lock);
  } catch (e) {
    if (!(e instanceof PackagesDirError) || !from) throw e;
    throw new PackagesDirError(
      e.message.replace(`packages folder ${from[0]}`, `the wheels downloaded from ${from[1]}`),
    );
  }
}

export async function vendorPackages(argv: string[]): Promise<string[]> {
  const o = parse(argv);
  const lock = readLock(o.lock);
  const packages = o.packages ?? [...new Set(loadCatalog().challenges.flatMap((c) => c.packages))];
  const target = path.join(o.out, "pyodide");
  if (!existsSync(path.join(target, "pyodide-lock.json"))) {
    throw new PackagesDirError(`${target}/pyodide-lock.json not found: run "npm run build" first`);
  }
  let source = o.from as string;
  let downloaded: string | null = null;
  try {
    if (o.download) {
      source = downloaded = mkdtempSync(path.join(tmpdir(), "pyodide-wheels-"));
      const files = withDependencies(packages, lock).map((n) =>
        path.basename((lock[n] as { file_name: string }).file_name),
      );
      await download(files, o.download, source, o.stallSeconds);
    }
    const check = verify(source, packages, lock, downloaded && o.download ? [downloaded, o.download] : null);
    if (check.missing.length) {
      throw new PackagesDirError(`refusing ${source}: missing ${check.missing.join(", ")}`);
    }
    install(source, check.verified, target, o.out);
    return check.verified;
  } finally {
    if (downloaded) rmSync(downloaded, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  vendorPackages(process.argv.slice(2)).then(
    (wheels) => {
      process.stdout.write(`vendored ${wheels.length} wheels into the build; packages now load from this site\n`);
    },
    (e: unknown) => {
      if (!(e instanceof PackagesDirError)) throw e;
      process.stderr.write(`vendor-packages: ${e.message}\n`);
      process.exitCode = 2;
    },
  );
}
