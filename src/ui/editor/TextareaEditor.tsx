import { type ClipboardEvent, type KeyboardEvent, useEffect, useId, useLayoutEffect, useMemo, useRef } from "react";
import type { CodeEditorProps } from "./CodeEditor";
import { type EditorProbe, useEditorProbe } from "./editor-probe";
import { shortcutFor } from "./shortcuts";

const INDENT = "    ";

/** The fallback editor: a textarea with Monaco's props, Tab as four spaces and the same shortcuts. */
export function TextareaEditor(props: CodeEditorProps) {
  const { value, readOnly = false, errorLine = null, errorMessage, goTo = null, ariaLabel = "Code editor" } = props;
  const ref = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<number | null>(null);
  const latest = useRef(props);
  latest.current = props;

  // Put the caret after an edit made here once React has written the new value.
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && caret.current !== null) el.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });

  const replaceSelection = (el: HTMLTextAreaElement, text: string) => {
    // execCommand keeps the edit on the browser's undo stack (it fires the input event that
    // reaches onChange); where it is gone, edit the value directly.
    if (document.execCommand?.("insertText", false, text)) return;
    const { selectionStart: start, selectionEnd: end } = el;
    caret.current = start + text.length;
    props.onChange(value.slice(0, start) + text + value.slice(end));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    const shortcut = shortcutFor(e);
    if (shortcut) {
      // Handled here: a page-wide shortcut listener must not run it a second time.
      e.preventDefault();
      e.stopPropagation();
      if (shortcut === "run") props.onRun?.();
      else if (shortcut === "submit") props.onSubmit?.();
      else props.onSave?.();
    } else if (e.key === "Tab" && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey && !readOnly) {
      // Shift+Tab still moves focus out, so the keyboard is never trapped here.
      e.preventDefault();
      replaceSelection(e.currentTarget, INDENT);
    }
  };

  // Pasted text is inserted here (not by the browser) so CRLF becomes LF and tests can paste
  // with a synthetic event, as they do into Monaco.
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    e.preventDefault();
    if (!readOnly) replaceSelection(e.currentTarget, e.clipboardData.getData("text/plain").replace(/\r\n?/g, "\n"));
  };

  useEffect(() => {
    const el = ref.current;
    if (!el || !goTo) return;
    const lines = el.value.split("\n");
    const line = Math.min(Math.max(1, Math.floor(goTo.line)), lines.length);
    const offset = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0);
    const indent = lines[line - 1]?.match(/^\s*/)?.[0].length ?? 0;
    el.focus();
    el.setSelectionRange(offset + indent, offset + indent);
    const lineHeight = Number.parseFloat(getComputedStyle(el).lineHeight) || 20;
    el.scrollTop = Math.max(0, (line - 1) * lineHeight - el.clientHeight / 2);
  }, [goTo]);

  const probe = useMemo<EditorProbe>(
    () => ({
      kind: "textarea",
      code: () => ref.current?.value ?? "",
      cursorLine: () => {
        const el = ref.current;
        return el ? el.value.slice(0, el.selectionStart).split("\n").length : 1;
      },
      errorLines: () => (latest.current.errorLine == null ? [] : [latest.current.errorLine]),
      lintMarkers: () => [],
      lintRuns: () => 0,
      pointAt: () => null,
    }),
    [],
  );
  useEditorProbe(ariaLabel, probe);

  const errorId = useId();
  return (
    <div
      className={`drill-editor ${props.className ?? ""}`}
      data-editor="textarea"
      data-error-line={errorLine ?? undefined}
    >
      <textarea
        ref={ref}
        className="drill-editor-textarea"
        aria-label={ariaLabel}
        aria-describedby={errorLine === null ? undefined : errorId}
        aria-invalid={errorLine !== null}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        readOnly={readOnly}
        value={value}
        onChange={(e) => props.onChange(e.target.value)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
      {errorLine !== null && (
        <p id={errorId} className="drill-editor-error">
          Line {errorLine}: {errorMessage?.split("\n")[0] || "error"}
        </p>
      )}
    </div>
  );
}
