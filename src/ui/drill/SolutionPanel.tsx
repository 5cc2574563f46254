import type { Challenge } from "../../domain/challenge";
import { ConfirmButton } from "../common/ConfirmButton";
import { Markdown } from "../markdown/Markdown";
import { fencedCode } from "../markdown/render-markdown";
import { useApp } from "../store-context";

/** After solving: the explanation and reference. Before: revealed only after a confirmation. */
export function SolutionPanel({ challenge, allowReveal }: { challenge: Challenge; allowReveal: boolean }) {
  const progress = useApp((s) => s.progress[challenge.id]);
  const reveal = useApp((s) => s.revealSolution);
  const shown = progress?.status === "solved" || progress?.revealed;
  if (!shown) {
    return (
      <section className="solution empty-state" aria-label="Solution">
        <strong>The explanation opens when you solve the drill</strong>
        <p>It covers the idea, its complexity and the common mistakes, with the reference solution.</p>
        {allowReveal && (
          <ConfirmButton
            label="Reveal solution"
            question="See the reference solution now? This attempt will be marked as revealed, and its time will not count as your best."
            confirmLabel="Reveal"
            onConfirm={() => reveal(challenge.id)}
          />
        )}
      </section>
    );
  }
  return (
    <section className="solution" aria-labelledby="solution-heading">
      <h2 id="solution-heading" className="pane-title">
        {progress?.status === "solved" ? "Solved: how the reference does it" : "Reference solution (revealed)"}
      </h2>
      <Markdown text={challenge.explanation} />
      <h3 className="subhead">Reference solution</h3>
      <Markdown text={fencedCode(challenge.solution.trimEnd(), "python")} />
    </section>
  );
}
