import type { ConceptCard } from "../../domain/cards";
import { Markdown } from "../markdown/Markdown";

/** The model answer, the deeper part (collapsed), key points to tick, common wrong answers and the follow-up. */
export function CardReveal(props: { card: ConceptCard; ticked: number[]; onTick(index: number): void }) {
  const { card, ticked } = props;
  const behavioural = card.kind === "behavioural";
  return (
    <div className="card-reveal">
      <section className="card reveal-answer" aria-labelledby="model-answer-heading">
        <h2 id="model-answer-heading">{behavioural ? "What a strong answer contains" : "Model answer"}</h2>
        <Markdown text={card.answer} />
        <details className="reveal-deeper">
          <summary>{behavioural ? "Advice and a worked example" : "Go deeper"}</summary>
          <Markdown text={card.deeper} />
        </details>
      </section>
      <section className="card" aria-labelledby="key-points-heading">
        <h2 id="key-points-heading">
          Key points <span className="count">{`${ticked.length} of ${card.keyPoints.length} ticked`}</span>
        </h2>
        <p className="muted">Tick each one your answer covered.</p>
        <ul className="key-points">
          {card.keyPoints.map((point, i) => (
            <li key={point}>
              <label className="check">
                <input type="checkbox" checked={ticked.includes(i)} onChange={() => props.onTick(i)} />
                <Markdown text={point} className="inline-md" />
              </label>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="wrong-heading">
        <h2 id="wrong-heading">{behavioural ? "Pitfalls" : "Common wrong answers"}</h2>
        <ul className="wrong-answers">
          {card.wrongAnswers.map((w) => (
            <li key={w.claim}>
              <Markdown text={w.claim} className="inline-md wrong-claim" />
              {w.why && <Markdown text={w.why} className="inline-md muted" />}
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="follow-up-heading">
        <h2 id="follow-up-heading">Follow-up</h2>
        <Markdown text={card.followUp} />
      </section>
    </div>
  );
}
