import { useEffect, useMemo, useRef } from "react";
import { useSystemTheme } from "../editor/color-scheme";
import { highlightCodeBlocks, renderMarkdown } from "./render-markdown";
import "./markdown.css";

/** Renders trusted Markdown (a drill's statement or explanation) with highlighted code blocks. */
export function Markdown({ text, className }: { text: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(text), [text]);
  const theme = useSystemTheme();
  const ref = useRef<HTMLDivElement>(null);
  const coloured = useRef(theme);
  useEffect(() => {
    const root = ref.current;
    if (!root || !html) return;
    // Monaco's token classes index the current theme's colours: recolour after a theme switch.
    if (coloured.current !== theme) {
      root.innerHTML = html;
      coloured.current = theme;
    }
    highlightCodeBlocks(root).catch((error: unknown) => console.warn("Code highlighting failed", error));
  }, [html, theme]);
  return (
    <div
      ref={ref}
      className={`markdown ${className ?? ""}`}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: renderMarkdown drops raw HTML and unsafe URLs
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
