/**
 * Ruff findings to Monaco markers and edits. Ruff is asked for UTF-16 columns (what Monaco counts),
 * 1-based like Monaco's; what is left is clamping to the text and making empty ranges visible.
 * Plain data in and out (no Monaco import), so it is tested in Node.
 */
import type { editor as MonacoApi } from "monaco-editor/editor/editor.api";
import type { FixEdit, LintFinding, SourcePosition } from "../../intel/lint-types";

/** The part of a Monaco text model the mapping reads. */
export interface LineSource {
  getLineCount(): number;
  /** One past the last UTF-16 column of the line (1-based). */
  getLineMaxColumn(line: number): number;
}

export interface Range {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

// monaco.MarkerSeverity and MarkerTag values, spelled out so this file needs no Monaco at run time.
const SEVERITY = { hint: 1, info: 2, warning: 4, error: 8 } as const;
const UNNECESSARY_TAG = 1;

/** Rules whose finding means the code will fail when run: drawn as errors, the rest as warnings. */
const FAILS_AT_RUN = /^(F821|F822|F823|F70\d|PLE\d+)$/;

/** Marker owner, so the lint markers never clear the run's own error marker. */
export const LINT_OWNER = "ruff";

function clamp(p: SourcePosition, model: LineSource): { line: number; column: number } {
  const lines = model.getLineCount();
  // Ruff puts an end-of-file position on the line after the last one
  if (p.row > lines) return { line: lines, column: model.getLineMaxColumn(lines) };
  const line = Math.max(1, p.row);
  return { line, column: Math.min(Math.max(1, p.column), model.getLineMaxColumn(line)) };
}

/** Ruff's start and end (1-based rows, UTF-16 columns) as a Monaco range inside the text. */
export function toRange(start: SourcePosition, end: SourcePosition, model: LineSource): Range {
  const s = clamp(start, model);
  const e = clamp(end, model);
  return { startLineNumber: s.line, startColumn: s.column, endLineNumber: e.line, endColumn: e.column };
}

/** A range with something to underline: an empty one grows by one character (the one before at a line end). */
function visible(range: Range, model: LineSource): Range {
  if (range.startLineNumber !== range.endLineNumber || range.startColumn !== range.endColumn) return range;
  const max = model.getLineMaxColumn(range.startLineNumber);
  if (range.endColumn < max) return { ...range, endColumn: range.endColumn + 1 };
  if (range.startColumn > 1) return { ...range, startColumn: range.startColumn - 1 };
  return range;
}

export function toMarker(finding: LintFinding, model: LineSource): MonacoApi.IMarkerData {
  const syntax = finding.code === null;
  const message = syntax ? `SyntaxError: ${finding.message.replace(/^SyntaxError: /, "")}` : finding.message;
  return {
    ...visible(toRange(finding.start, finding.end, model), model),
    severity: syntax || FAILS_AT_RUN.test(finding.code ?? "") ? SEVERITY.error : SEVERITY.warning,
    message: finding.explanation ? `${message}\n${finding.explanation}` : message,
    source: "Ruff",
    ...(finding.code ? { code: finding.code } : {}),
    ...(finding.unnecessary ? { tags: [UNNECESSARY_TAG] } : {}),
  };
}

export function toMarkers(findings: LintFinding[], model: LineSource): MonacoApi.IMarkerData[] {
  return findings.map((f) => toMarker(f, model));
}

/** A fix's edits as Monaco text edits (Ruff's null content deletes). */
export function toTextEdits(edits: FixEdit[], model: LineSource): { range: Range; text: string }[] {
  return edits.map((e) => ({ range: toRange(e.start, e.end, model), text: e.content ?? "" }));
}

/** Does the finding's range touch `range` (the cursor or selection a code action is asked for)? */
export function touches(finding: LintFinding, range: Range, model: LineSource): boolean {
  const r = toRange(finding.start, finding.end, model);
  const before = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 < c2);
  return !(
    before(r.endLineNumber, r.endColumn, range.startLineNumber, range.startColumn) ||
    before(range.endLineNumber, range.endColumn, r.startLineNumber, r.startColumn)
  );
}

/** Jedi counts columns in code points (0-based); Monaco in UTF-16 units (1-based). */
export function codePointColumn(lineText: string, utf16Column: number): number {
  return [...lineText.slice(0, utf16Column - 1)].length;
}
