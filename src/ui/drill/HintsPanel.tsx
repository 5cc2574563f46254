import type { Challenge } from "../../domain/challenge";
import { useApp } from "../store-context";

/** Progressive hints: one more at a time; how many were opened is kept with the attempt. */
export function HintsPanel({ challenge }: { challenge: Challenge }) {
  const used = useApp((s) => s.progress[challenge.id]?.hintsUsed ?? 0);
  const openHint = useApp((s) => s.openHint);
  const total = challenge.hints.length;
  return (
    <section className="hints" aria-labelledby="hints-heading">
      <h2 id="hints-heading" className="pane-title">
        Hints{" "}
        <span className="muted">
          {used} of {total} open
        </span>
      </h2>
      <p className="muted">Each hint you open is noted with your next submission; a clean solve needs none.</p>
      <ol className="hint-list">
        {challenge.hints.slice(0, used).map((h, i) => (
          <li key={h} className="hint">
            <span className="hint-number">Hint {i + 1}</span>
            <p>{h}</p>
          </li>
        ))}
      </ol>
      {used < total && (
        <button type="button" onClick={() => openHint(challenge.id, used + 1)}>
          Show hint {used + 1} of {total}
        </button>
      )}
    </section>
  );
}
