import { highlightParts } from "../../domain/search";

/** Text with the search's words marked. */
export function Highlight({ text, terms }: { text: string; terms: string[] }) {
  if (terms.length === 0) return <>{text}</>;
  return (
    <>
      {highlightParts(text, terms).map((p, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text
        p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
      )}
    </>
  );
}
