/**
 * The warmed-up interpreter's memory snapshot, kept on disk between CLI processes: each `drill`
 * command (and each test file) otherwise boots Pyodide from scratch once, about 3 CPU-s more than
 * restoring. One file, a JSON header line then the bytes, replaced atomically; a header whose
 * hash does not match the bytes (a torn or edited file) is ignored and the next boot writes a new
 * one. It sits beside Pyodide itself in node_modules: whoever can edit it can edit Pyodide.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./paths";

export interface KeptSnapshot {
  key: string;
  bytes: Uint8Array;
  sha256: string;
}

export const KEPT_SNAPSHOT_FILE = path.join(REPO_ROOT, "node_modules", ".cache", "drill-cli", "pyodide-snapshot.bin");

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The kept snapshot when there is one whose bytes match its header's hash, else null. */
export function readKeptSnapshot(file = KEPT_SNAPSHOT_FILE): KeptSnapshot | null {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return null;
  }
  const nl = data.indexOf(10);
  if (nl < 0) return null;
  try {
    const header = JSON.parse(data.subarray(0, nl).toString("utf8")) as { key?: unknown; sha256?: unknown };
    const bytes = new Uint8Array(data.subarray(nl + 1));
    if (typeof header.key !== "string" || typeof header.sha256 !== "string") return null;
    return sha256Hex(bytes) === header.sha256 ? { key: header.key, bytes, sha256: header.sha256 } : null;
  } catch {
    return null;
  }
}

/** Keeps a snapshot for the next process; a failure to write only costs that process a full boot. */
export function keepSnapshot(snapshot: KeptSnapshot, file = KEPT_SNAPSHOT_FILE): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.${Date.now()}.tmp`;
    const header = Buffer.from(`${JSON.stringify({ key: snapshot.key, sha256: snapshot.sha256 })}\n`);
    writeFileSync(partial, Buffer.concat([header, snapshot.bytes]));
    renameSync(partial, file);
  } catch {}
}
