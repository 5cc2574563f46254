import type { Challenge } from "../../domain/challenge";
import { useApp } from "../store-context";

/** Progressive hints: one more at a time; how many were opened is kept with the attempt. */
export function HintsPanel({ challenge }: { challenge: Challenge }) {
  const used = useApp((s) => s.progress[challenge.id]?.hintsUsed ?? 0);
  const openHint = useApp((s) => s.openHint);
  const total = challenge.hints.length;
  return (
    <section className="hints" aria-labelledby="hints-heading">
      <h2 id="hints-heading">Hints</h2>
      <ol>
        {challenge.hints.slice(0, used).map((h, i) => (
          <li key={h}>
            <strong>
              Hint {i + 1} of {total}:
            </strong>{" "}
            {h}
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
