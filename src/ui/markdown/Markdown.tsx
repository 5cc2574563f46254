import { useEffect, useMemo, useRef } from "react";
import { highlightCodeBlocks, renderMarkdown } from "./render-markdown";
import "./markdown.css";

/** Renders trusted Markdown (a drill's statement or explanation) with highlighted code blocks. */
export function Markdown({ text, className }: { text: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(text), [text]);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current && html) {
      highlightCodeBlocks(ref.current).catch((error: unknown) => console.warn("Code highlighting failed", error));
    }
  }, [html]);
  return (
    <div
      ref={ref}
      className={`markdown ${className ?? ""}`}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: renderMarkdown drops raw HTML and unsafe URLs
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
