/** Ruff's WebAssembly build behind the two calls the editor needs: lint and format. No DOM, no Monaco. */
import type { Diagnostic, Workspace } from "@astral-sh/ruff-wasm-web";
import { LINT_RULES, RUFF_SETTINGS } from "./lint-rules";
import type { FormatResult, LintFinding } from "./lint-types";

type RuffModule = typeof import("@astral-sh/ruff-wasm-web");

export class RuffEngine {
  private readonly workspace: Workspace;

  /** `ruff` must be initialised already (its default export or initSync). */
  constructor(ruff: RuffModule) {
    this.workspace = new ruff.Workspace(RUFF_SETTINGS, ruff.PositionEncoding.Utf16);
  }

  lint(code: string): LintFinding[] {
    return (this.workspace.check(code) as Diagnostic[]).map(toFinding);
  }

  format(code: string): FormatResult {
    try {
      return { ok: true, code: this.workspace.format(code) };
    } catch (e) {
      return {
        ok: false,
        message: `Cannot format: ${String(e instanceof Error ? e.message : e).replace(/^Error: /, "")}`,
      };
    }
  }
}

function toFinding(d: Diagnostic): LintFinding {
  // syntax errors come with the name "invalid-syntax" rather than a code
  const code = d.code && d.code !== "invalid-syntax" ? d.code : null;
  return {
    code,
    message: d.message,
    explanation: (code && LINT_RULES[code]) ?? null,
    start: { row: d.start_location.row, column: d.start_location.column },
    end: { row: d.end_location.row, column: d.end_location.column },
    unnecessary: d.tags.includes("unnecessary"),
    fix: d.fix
      ? {
          title: d.fix.message ?? `Fix ${code ?? "this"}`,
          edits: d.fix.edits.map((e) => ({
            start: { row: e.location.row, column: e.location.column },
            end: { row: e.end_location.row, column: e.end_location.column },
            content: e.content,
          })),
        }
      : null,
  };
}
