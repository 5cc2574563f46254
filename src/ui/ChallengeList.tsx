import { STAGES } from "../domain/challenge";
import { useApp } from "./store-context";

export function ChallengeList() {
  const challenges = useApp((s) => s.challenges);
  const selectedId = useApp((s) => s.selectedId);
  const select = useApp((s) => s.select);
  return (
    <nav aria-label="Drills" className="challenge-list">
      {STAGES.map((stage) => {
        const inStage = challenges.filter((c) => c.stage === stage.id);
        if (inStage.length === 0) return null;
        return (
          <section key={stage.id}>
            <h2>{stage.title}</h2>
            <ul>
              {inStage.map((c) => (
                <li key={c.id}>
                  <button
                    type="button"
                    aria-current={c.id === selectedId ? "true" : undefined}
                    onClick={() => select(c.id)}
                  >
                    {c.title} <span className={`badge ${c.difficulty}`}>{c.difficulty}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
