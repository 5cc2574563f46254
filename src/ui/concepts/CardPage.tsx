import { useEffect, useState } from "react";
import { type CardAnswer, DEFAULT_ANSWER_MS, wordCount } from "../../domain/cards";
import type { ReviewRating, ReviewState } from "../../domain/progress";
import { activeSessionForCard } from "../../store/session-slice";
import { DifficultyBadge } from "../common/badges";
import { useNow } from "../common/use-now";
import { SessionBar } from "../drill/SessionBar";
import { Markdown } from "../markdown/Markdown";
import { useDocumentTitle } from "../page-focus";
import { href } from "../router";
import { useApp } from "../store-context";
import { AnswerTimer } from "./AnswerTimer";
import { CardDraftConflictBanner } from "./CardDraftConflictBanner";
import { CardHistory } from "./CardHistory";
import { CardRating } from "./CardRating";
import { CardReveal } from "./CardReveal";
import { SessionCardNext } from "./SessionCardNext";
import { stageTitle } from "./stage-title";
import { useDeck } from "./use-deck";
import "./concepts.css";

type Phase = "answering" | "revealed";

/** Answering practice: the question against a 2-minute timer, a typed (or spoken) answer, then the model answer to mark and rate. */
export default function CardPage({ id }: { id: string }) {
  const { deck, error } = useDeck();
  const card = deck?.cards.find((c) => c.id === id);
  const progress = useApp((s) => s.cardProgress[id]);
  const answerCard = useApp((s) => s.answerCard);
  const rerate = useApp((s) => s.rerateCard);
  const recordSessionCard = useApp((s) => s.recordSessionCard);
  const sessions = useApp((s) => s.sessions);
  const endedHere = useApp((s) => s.endedHere);
  const active = activeSessionForCard(sessions, endedHere, id, Date.now());
  const challenges = useApp((s) => s.challenges);
  const [phase, setPhase] = useState<Phase>("answering");
  const [text, setText] = useState("");
  const [aloud, setAloud] = useState(false);
  const [ticked, setTicked] = useState<number[]>([]);
  const [clock, setClock] = useState({ before: 0, since: Date.now() as number | null, limitMs: DEFAULT_ANSWER_MS });
  const [answered, setAnswered] = useState<{ answer: CardAnswer; before: ReviewState | null } | null>(null);
  const kept = useApp((s) => s.cardDrafts[id]?.text);
  const saveDraft = useApp((s) => s.saveCardDraft);
  // an answer typed before a reload, in another tab, or chosen from an import shows here until it is recorded
  useEffect(() => {
    if (kept !== undefined) setText(kept);
  }, [kept]);
  const now = useNow(500, clock.since !== null);
  const elapsedMs = clock.before + (clock.since === null ? 0 : now - clock.since);
  useDocumentTitle(card ? card.title : "Concept card");
  // the clock runs only while answering
  useEffect(() => {
    if (phase !== "answering")
      setClock((c) => (c.since === null ? c : { ...c, before: c.before + Date.now() - c.since, since: null }));
  }, [phase]);

  // no heading while loading: focus moves to the card's own heading once it is there
  if (!card && !deck && !error) return <p className="page muted">Loading the card…</p>;
  if (!card) {
    return (
      <div className="page">
        <h1>{deck ? "No such concept card" : "The concept cards could not be loaded"}</h1>
        <p>
          {error && `${error}. `}
          <a href={href({ page: "concepts" })}>See all concept cards</a>
        </p>
      </div>
    );
  }
  const sessionMode = active !== null && !active.readOnly;
  const reveal = (spoken: boolean) => {
    setAloud(spoken);
    setPhase("revealed");
  };
  const rate = (rating: ReviewRating, points = ticked) => {
    if (answered) {
      rerate(card.id, rating, points);
      setAnswered({ ...answered, answer: { ...answered.answer, rating } });
    } else {
      const before = progress?.review ?? null;
      const answer = answerCard(
        card.id,
        {
          text,
          aloud,
          elapsedMs,
          pointsTicked: points,
          pointsTotal: card.keyPoints.length,
          ...(sessionMode && active ? { sessionId: active.session.id } : {}),
        },
        rating,
      );
      setAnswered({ answer, before });
    }
    if (sessionMode && active) {
      recordSessionCard(active.session.id, {
        cardId: card.id,
        elapsedMs,
        rating,
        pointsTicked: points.length,
        pointsTotal: card.keyPoints.length,
      });
    }
  };
  const tick = (i: number) => {
    const next = ticked.includes(i) ? ticked.filter((x) => x !== i) : [...ticked, i];
    setTicked(next);
    // ticking after rating updates the recorded answer's key points
    if (answered) rate(answered.answer.rating, next);
  };
  const drills = card.drills.map((d) => challenges.find((c) => c.id === d)).filter((c) => c !== undefined);
  return (
    <div className="page card-page">
      {active && <SessionBar active={active} />}
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <a href={href({ page: card.kind === "behavioural" ? "stories" : "concepts" })}>
          {card.kind === "behavioural" ? "Stories" : "Concepts"}
        </a>
        <span aria-hidden="true"> / </span>
        <span>{stageTitle(card.stage)}</span>
      </nav>
      <header className="page-header card-header">
        <div>
          <h1>{card.title}</h1>
          <div className="drill-meta">
            <DifficultyBadge difficulty={card.difficulty} />
            {card.roadmap && <span className="badge badge-accent">Roadmap {card.roadmap}</span>}
            {card.area && <span className="badge">{card.area}</span>}
            {card.tags.map((t) => (
              <span key={t} className="tag">
                #{t}
              </span>
            ))}
          </div>
        </div>
      </header>
      <section className="card question-card" aria-labelledby="question-heading">
        <h2 id="question-heading" className="card-kicker">
          {card.kind === "behavioural" ? "Prompt" : "Question"}
        </h2>
        <Markdown text={card.question} className="question-text" />
      </section>
      {phase === "answering" && <CardDraftConflictBanner cardId={card.id} />}
      {phase === "answering" ? (
        <section className="card answer-box" aria-labelledby="your-answer-heading">
          <div className="answer-head">
            <h2 id="your-answer-heading">Your answer</h2>
            <AnswerTimer
              clock={{ elapsedMs, limitMs: clock.limitMs, running: clock.since !== null }}
              fixed={sessionMode}
              onPause={() => setClock((c) => ({ ...c, before: elapsedMs, since: null }))}
              onResume={() => setClock((c) => ({ ...c, since: Date.now() }))}
              onExtend={() => setClock((c) => ({ ...c, limitMs: c.limitMs + 60_000 }))}
            />
          </div>
          <textarea
            aria-label="Your answer"
            placeholder="Type your answer as you would say it, or answer aloud and press “I answered aloud”."
            rows={7}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              saveDraft(card.id, e.target.value);
            }}
          />
          <div className="answer-actions">
            <span className="muted">{wordCount(text)} words</span>
            <button type="button" className="btn-ghost" onClick={() => reveal(true)}>
              I answered aloud
            </button>
            <button type="button" className="btn-primary" disabled={text.trim() === ""} onClick={() => reveal(false)}>
              Done: show the answer
            </button>
          </div>
        </section>
      ) : (
        <>
          {text.trim() !== "" && (
            <section className="card" aria-labelledby="typed-heading">
              <h2 id="typed-heading">You wrote</h2>
              <p className="answer-text">{text}</p>
            </section>
          )}
          <CardReveal card={card} ticked={ticked} onTick={tick} />
          <CardRating
            before={answered ? answered.before : (progress?.review ?? null)}
            after={answered ? (progress?.review ?? null) : null}
            chosen={answered?.answer.rating ?? null}
            now={answered?.answer.at ?? now}
            onRate={rate}
          />
          {answered && sessionMode && active && <SessionCardNext session={active.session} />}
        </>
      )}
      {drills.length > 0 && (
        <section className="card practise-it" aria-labelledby="practise-heading">
          <h2 id="practise-heading">Practise it</h2>
          <ul>
            {drills.map((d) => (
              <li key={d.id}>
                <a href={href({ page: "drill", id: d.id })}>{d.title}</a> <DifficultyBadge difficulty={d.difficulty} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {!sessionMode && <CardHistory progress={progress} />}
    </div>
  );
}
