import { useState } from "react";
import { type CardProgress, type CardSummary, cardsByStage } from "../../domain/cards";
import { DIFFICULTIES, STAGES } from "../../domain/challenge";
import { endOfLocalDay } from "../../domain/review-schedule";
import { DifficultyBadge } from "../common/badges";
import { useNow } from "../common/use-now";
import { useDocumentTitle } from "../page-focus";
import { dueText } from "../review/review-words";
import { href } from "../router";
import { useApp } from "../store-context";
import { SectionSwitch } from "./SectionSwitch";
import { stageTitle } from "./stage-title";
import { useCardIndex } from "./use-deck";
import "./concepts.css";

type StatusFilter = "" | "new" | "due" | "answered";

/** Every concept card by roadmap stage, with filters; each opens answering practice. */
export default function ConceptsPage() {
  const { cards: index, error, retry } = useCardIndex();
  const progress = useApp((s) => s.cardProgress);
  const now = useNow(60_000);
  const [query, setQuery] = useState("");
  // #/concepts?stage=core-ml opens on one stage (the stage pages link here)
  const [stage, setStage] = useState(() => new URLSearchParams(location.hash.split("?")[1] ?? "").get("stage") ?? "");
  const [difficulty, setDifficulty] = useState("");
  const [status, setStatus] = useState<StatusFilter>("");
  useDocumentTitle("Concept questions");
  const endOfToday = endOfLocalDay(now);
  const statusOf = (c: CardSummary) => cardStatus(progress[c.id], endOfToday);
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = (index ?? []).filter(
    (c) =>
      c.kind === "concept" &&
      (!stage || c.stage === stage) &&
      (!difficulty || c.difficulty === difficulty) &&
      (!status || statusOf(c) === status) &&
      words.every((w) => `${c.title} ${c.question} ${c.tags.join(" ")}`.toLowerCase().includes(w)),
  );
  const groups = cardsByStage(
    shown,
    STAGES.map((s) => s.id),
  );
  const any = Boolean(query || stage || difficulty || status);
  const prompts = index?.filter((c) => c.kind === "behavioural").length ?? 0;
  return (
    <div className="page concepts-page">
      <SectionSwitch current="concepts" />
      <header className="page-header">
        <div>
          <h1>Concept questions</h1>
          <p>
            The questions interviewers ask out loud, stage by stage. Answer against a 2-minute timer, typed or aloud,
            then compare with the model answer, tick the key points you made and rate yourself: the card comes back on
            the same review schedule as your drills.
          </p>
        </div>
      </header>
      {!index && !error && <p className="muted">Loading the cards…</p>}
      {error && (
        <div className="card empty-state" role="alert">
          <strong>The concept cards could not be loaded</strong>
          <p>{error}</p>
          <button type="button" onClick={() => void retry()}>
            Try again
          </button>
        </div>
      )}
      {index && (
        <>
          <search className="filters" aria-label="Filter concept cards">
            <label className="field filter-search">
              Search
              <input
                type="search"
                placeholder="Title, question or topic"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
            </label>
            <label className="field">
              Stage
              <select value={stage} onChange={(e) => setStage(e.target.value)}>
                <option value="">All</option>
                {STAGES.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              Difficulty
              <select value={difficulty} onChange={(e) => setDifficulty(e.target.value)}>
                <option value="">All</option>
                {DIFFICULTIES.map((d) => (
                  <option key={d}>{d}</option>
                ))}
              </select>
            </label>
            <label className="field">
              Status
              <select value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)}>
                <option value="">All</option>
                <option value="new">Not answered yet</option>
                <option value="due">Due today</option>
                <option value="answered">Answered, not due</option>
              </select>
            </label>
            <button
              type="button"
              className="btn-ghost"
              disabled={!any}
              onClick={() => {
                setQuery("");
                setStage("");
                setDifficulty("");
                setStatus("");
              }}
            >
              Clear filters
            </button>
          </search>
          <p className="muted" role="status">
            {shown.length} of {index.length - prompts} cards
            {prompts > 0 && (
              <>
                {" "}
                · {prompts} behavioural prompts are in the <a href={href({ page: "stories" })}>story bank</a>
              </>
            )}
          </p>
          {[...groups].map(([stageId, cards]) =>
            cards.length === 0 ? null : (
              <section key={stageId} aria-labelledby={`stage-${stageId}`} className="concept-stage">
                <h2 id={`stage-${stageId}`} className="section-title">
                  {stageTitle(stageId)} <span className="count">{cards.length}</span>
                </h2>
                <ul className="card concept-list">
                  {cards.map((c) => (
                    <li key={c.id}>
                      <a href={href({ page: "concept", id: c.id })} className="concept-title">
                        {c.title}
                      </a>
                      <span className="concept-meta">
                        {c.roadmap && <span className="badge badge-accent">{c.roadmap}</span>}
                        <DifficultyBadge difficulty={c.difficulty} />
                        <CardStatus progress={progress[c.id]} now={now} endOfToday={endOfToday} />
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            ),
          )}
          {shown.length === 0 && (
            <div className="card empty-state">
              <strong>No card matches these filters</strong>
            </div>
          )}
        </>
      )}
    </div>
  );
}

function cardStatus(p: CardProgress | undefined, endOfToday: number): Exclude<StatusFilter, ""> {
  if (!p?.review) return "new";
  return p.review.dueAt <= endOfToday ? "due" : "answered";
}

function CardStatus(props: { progress: CardProgress | undefined; now: number; endOfToday: number }) {
  const { progress, now, endOfToday } = props;
  const status = cardStatus(progress, endOfToday);
  if (status === "new" || !progress?.review) return <span className="status status-new">New</span>;
  if (status === "due")
    return <span className="status status-attempted">Due {dueText(progress.review.dueAt, now)}</span>;
  return <span className="status status-solved">Next {dueText(progress.review.dueAt, now)}</span>;
}
