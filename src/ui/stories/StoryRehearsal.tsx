import { useState } from "react";
import { type CardSummary, DEFAULT_ANSWER_MS } from "../../domain/cards";
import { cueLine, STAR_FIELDS, STAR_LABELS, type Story, storySpokenMs } from "../../domain/stories";
import { formatDuration, useNow } from "../common/use-now";
import { AnswerTimer } from "../concepts/AnswerTimer";
import { Markdown } from "../markdown/Markdown";

type Show = "hidden" | "cues" | "full";

/** Say the story aloud against a timer with the prompt on screen; the parts hidden, as cue lines, or in full. */
export function StoryRehearsal(props: { story: Story; prompt: CardSummary | undefined; onClose(): void }) {
  const { story, prompt } = props;
  const [show, setShow] = useState<Show>("cues");
  const [clock, setClock] = useState({ before: 0, since: Date.now() as number | null, limitMs: DEFAULT_ANSWER_MS });
  const [finished, setFinished] = useState<number | null>(null);
  const now = useNow(500, clock.since !== null);
  const elapsedMs = clock.before + (clock.since === null ? 0 : now - clock.since);
  return (
    <section className="card rehearsal" aria-labelledby="rehearsal-heading">
      <div className="rehearsal-head">
        <h2 id="rehearsal-heading">Rehearse: {story.title}</h2>
        {finished === null ? (
          <AnswerTimer
            clock={{ elapsedMs, limitMs: clock.limitMs, running: clock.since !== null }}
            onPause={() => setClock((c) => ({ ...c, before: elapsedMs, since: null }))}
            onResume={() => setClock((c) => ({ ...c, since: Date.now() }))}
            onExtend={() => setClock((c) => ({ ...c, limitMs: c.limitMs + 60_000 }))}
          />
        ) : (
          <p role="status" className="timer">
            You spoke for {formatDuration(finished)} (the written story reads in about{" "}
            {formatDuration(storySpokenMs(story))}).
          </p>
        )}
      </div>
      <Markdown text={prompt ? prompt.question : "Tell me about a time…"} className="question-text" />
      <fieldset className="segmented">
        <legend className="visually-hidden">Show the story</legend>
        {(["hidden", "cues", "full"] as const).map((s) => (
          <label key={s} className={`segment${show === s ? " active" : ""}`}>
            <input type="radio" name="show" checked={show === s} onChange={() => setShow(s)} />
            {s === "hidden" ? "Hide the story" : s === "cues" ? "Cue lines" : "Full story"}
          </label>
        ))}
      </fieldset>
      {show !== "hidden" && (
        <dl className="star-cues">
          {STAR_FIELDS.map((f) => (
            <div key={f}>
              <dt>{STAR_LABELS[f]}</dt>
              <dd>{show === "cues" ? cueLine(story[f]) || "–" : story[f] || "–"}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className="form-row">
        {finished === null ? (
          <button
            type="button"
            className="btn-primary"
            onClick={() => {
              setFinished(elapsedMs);
              setClock((c) => ({ ...c, before: elapsedMs, since: null }));
            }}
          >
            Done
          </button>
        ) : (
          <button
            type="button"
            className="btn-primary"
            onClick={() => {
              setFinished(null);
              setClock({ before: 0, since: Date.now(), limitMs: clock.limitMs });
            }}
          >
            Again
          </button>
        )}
        <button type="button" className="btn-ghost" onClick={props.onClose}>
          Close rehearsal
        </button>
      </div>
    </section>
  );
}
