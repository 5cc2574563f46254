import { href } from "../router";

/** Concept questions and the story bank share one place in the main navigation; this switches between them. */
export function SectionSwitch({ current }: { current: "concepts" | "stories" }) {
  return (
    <nav className="section-switch" aria-label="Talking questions">
      <a href={href({ page: "concepts" })} aria-current={current === "concepts" ? "page" : undefined}>
        Concept questions
      </a>
      <a href={href({ page: "stories" })} aria-current={current === "stories" ? "page" : undefined}>
        Story bank
      </a>
    </nav>
  );
}
