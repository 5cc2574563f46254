/**
 * Self-host the package wheels the drills need: `npm run vendor-packages -- --from DIR` copies them
 * from a folder into the build (dist/pyodide/, beside the lock file), `--download` fetches them from
 * Pyodide's official distribution. Every wheel is checked against the pinned pyodide-lock.json
 * SHA-256; a missing or mismatching wheel is refused and nothing is written.
 * Then dist/drill-config.json points the app at its own origin for packages.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pyodidePackage from "pyodide/package.json" with { type: "json" };
import { loadCatalog } from "../src/cli/load-challenges";
import { PackagesDirError, readLock, verifyPackagesDir, withDependencies } from "../src/cli/packages-dir";

const OFFICIAL = `https://cdn.jsdelivr.net/pyodide/v${pyodidePackage.version}/full/`;

interface Options {
  from?: string;
  download: boolean;
  out: string;
  packages?: string[];
  lock?: string;
}

function parse(argv: string[]): Options {
  const o: Options = { download: false, out: "dist" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (!v) throw new PackagesDirError(`${a} needs a value`);
      return v;
    };
    if (a === "--from") o.from = path.resolve(next());
    else if (a === "--download") o.download = true;
    else if (a === "--out") o.out = next();
    else if (a === "--packages") o.packages = next().split(",");
    else if (a === "--lock") o.lock = next();
    else throw new PackagesDirError(`unknown option ${a}`);
  }
  if (!o.from === !o.download) throw new PackagesDirError("give exactly one of --from DIR or --download");
  return o;
}

async function download(files: { file: string }[], dir: string): Promise<void> {
  for (const { file } of files) {
    const response = await fetch(new URL(file, OFFICIAL));
    if (!response.ok) throw new PackagesDirError(`${file}: download failed (${response.status})`);
    writeFileSync(path.join(dir, file), new Uint8Array(await response.arrayBuffer()));
    process.stdout.write(`downloaded ${file}\n`);
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
  if (o.download) {
    source = mkdtempSync(path.join(tmpdir(), "pyodide-wheels-"));
    const names = withDependencies(packages, lock);
    await download(
      names.map((n) => ({ file: path.basename((lock[n] as { file_name: string }).file_name) })),
      source,
    );
  }
  const check = verifyPackagesDir(source, packages, lock);
  if (check.missing.length) {
    throw new PackagesDirError(`refusing ${source}: missing ${check.missing.join(", ")}`);
  }
  mkdirSync(target, { recursive: true });
  for (const wheel of check.verified) copyFileSync(path.join(source, wheel), path.join(target, wheel));
  writeFileSync(
    path.join(o.out, "drill-config.json"),
    `${JSON.stringify({ packageBaseUrl: "./pyodide/" }, null, 2)}\n`,
  );
  return check.verified;
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
