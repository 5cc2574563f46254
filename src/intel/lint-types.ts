/** Lint findings and fixes as the editor receives them: Ruff's shape, trimmed, positions in UTF-16. */

/** 1-based row and 1-based column in UTF-16 code units (what Monaco counts). */
export interface SourcePosition {
  row: number;
  column: number;
}

export interface FixEdit {
  start: SourcePosition;
  end: SourcePosition;
  /** null deletes the range. */
  content: string | null;
}

export interface LintFinding {
  /** Rule code such as "F821"; null for a syntax error. */
  code: string | null;
  message: string;
  /** Plain explanation of the rule, if it is one of ours. */
  explanation: string | null;
  start: SourcePosition;
  end: SourcePosition;
  /** "unnecessary" fades the range (unused names). */
  unnecessary: boolean;
  fix: { title: string; edits: FixEdit[] } | null;
}

export type FormatResult = { ok: true; code: string } | { ok: false; message: string };
