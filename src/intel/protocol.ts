/**
 * The boundary between the editor and its two helper workers: Ruff (lint, format) and Jedi in its
 * own Pyodide (completions, signatures, hover docs). Both directions, versioned. Neither worker
 * has anything to do with grading: they never share an interpreter with the candidate's runs.
 */
import type { FormatResult, LintFinding } from "./lint-types";

export const INTEL_PROTOCOL_VERSION = 1;

export type RuffRequest = { type: "lint"; id: number; code: string } | { type: "format"; id: number; code: string };

export type RuffResponse =
  | { type: "lint"; id: number; findings: LintFinding[]; ms: number }
  | { type: "format"; id: number; result: FormatResult }
  | { type: "failed"; id: number | null; message: string };

/** Where the Jedi worker's Pyodide and its packages (jedi, parso; NumPy and pandas when imported) come from. */
export interface JediBootOptions {
  indexURL: string;
  lockFileURL?: string;
  packageBaseUrl?: string;
  /** Node only: a folder of wheels named in the lock file. */
  packageCacheDir?: string;
}

/** A place in the code: 1-based line, 0-based column in code points (Jedi's convention). */
export interface CodeAt {
  code: string;
  line: number;
  column: number;
}

export type JediKind = "complete" | "signatures" | "hover";

export type JediRequest =
  | { type: "boot"; protocol: number; options: JediBootOptions }
  | ({ type: JediKind; id: number } & CodeAt);

export interface Completion {
  name: string;
  /** Jedi's type: module, class, instance, function, param, path, keyword, property, statement. */
  kind: string;
  /** One line shown beside the name, e.g. "def sqrt(x, /)". */
  detail: string;
}

export interface Signature {
  /** "sqrt(x, /)" */
  label: string;
  params: string[];
  /** The parameter the cursor is in, or null. */
  active: number | null;
  doc: string;
}

export interface Hover {
  /** The name's signature or description, as Python. */
  code: string;
  doc: string;
}

export type JediResponse =
  | { type: "booted"; protocol: number; ms: number; jedi: string }
  | { type: "boot-failed"; message: string }
  | { type: "complete"; id: number; items: Completion[] }
  | { type: "signatures"; id: number; signatures: Signature[] }
  | { type: "hover"; id: number; hover: Hover | null }
  /** A request overtaken by a newer one of its kind before it ran. */
  | { type: "dropped"; id: number }
  | { type: "error"; id: number; message: string };
