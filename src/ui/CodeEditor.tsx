import type { KeyboardEvent } from "react";

/** A plain code editor: Tab indents by four spaces. */
export function CodeEditor({ value, onChange }: { value: string; onChange(code: string): void }) {
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== "Tab" || e.shiftKey) return;
    e.preventDefault();
    const el = e.currentTarget;
    const { selectionStart: start, selectionEnd: end } = el;
    const next = `${value.slice(0, start)}    ${value.slice(end)}`;
    onChange(next);
    requestAnimationFrame(() => el.setSelectionRange(start + 4, start + 4));
  };
  return (
    <textarea
      className="code-editor"
      aria-label="Code editor"
      spellCheck={false}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={onKeyDown}
    />
  );
}
