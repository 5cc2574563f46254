import { useState } from "react";
import { DIFFICULTIES, type Difficulty, TRACKS, type TrackId } from "../../domain/challenge";
import { plural } from "../common/plural";
import { trackLabel } from "../common/track-label";
import { useCardIndex } from "../concepts/use-deck";
import { MockAvailability } from "../drill/MockAvailability";
import { useDocumentTitle } from "../page-focus";
import { navigate } from "../router";
import { useApp } from "../store-context";

/** Choose tracks, difficulty, number of drills and total time; the drills then come under one clock. */
export function MockSetupPage() {
  const startMock = useApp((s) => s.startMock);
  const sessions = useApp((s) => s.sessions);
  const [tracks, setTracks] = useState<TrackId[]>([]);
  const [difficulties, setDifficulties] = useState<Difficulty[]>([]);
  const [count, setCount] = useState(3);
  const [minutes, setMinutes] = useState(60);
  const [error, setError] = useState<string | null>(null);
  const [concepts, setConcepts] = useState(0);
  const [behavioural, setBehavioural] = useState(false);
  const deck = useCardIndex().cards;
  const toggle = <T,>(list: T[], value: T) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  const history = [...sessions].sort((a, b) => b.startedAt - a.startedAt);
  useDocumentTitle("Mock interview");
  return (
    <div className="page mock">
      <header className="page-header">
        <div>
          <h1>Mock interview</h1>
          <p>
            Several drills under one clock, as in a real screen: no pause, no hints, hidden tests as a count. Real loops
            also ask concept questions and a behavioural prompt: add them, and they follow the drills.
          </p>
        </div>
      </header>
      <form
        className="card form-card"
        onSubmit={(e) => {
          e.preventDefault();
          try {
            const session = startMock({
              tracks,
              difficulties,
              count,
              durationMinutes: minutes,
              concepts,
              behavioural,
            });
            navigate({ page: "drill", id: session.challengeIds[0] as string });
          } catch (err) {
            setError((err as Error).message);
          }
        }}
      >
        <fieldset>
          <legend>Tracks (none ticked: all)</legend>
          <div className="check-grid">
            {TRACKS.map((t) => (
              <label key={t} className="check">
                <input type="checkbox" checked={tracks.includes(t)} onChange={() => setTracks(toggle(tracks, t))} />{" "}
                {trackLabel(t)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>Difficulty (none ticked: all)</legend>
          <div className="check-grid">
            {DIFFICULTIES.map((d) => (
              <label key={d} className="check">
                <input
                  type="checkbox"
                  checked={difficulties.includes(d)}
                  onChange={() => setDifficulties(toggle(difficulties, d))}
                />{" "}
                {d}
              </label>
            ))}
          </div>
        </fieldset>
        <MockAvailability tracks={tracks} difficulties={difficulties} count={count} />
        <div className="form-row">
          <label className="field">
            Number of drills
            <input type="number" min={1} max={10} value={count} onChange={(e) => setCount(Number(e.target.value))} />
          </label>
          <label className="field">
            Concept questions
            <input
              type="number"
              min={0}
              max={10}
              value={concepts}
              disabled={!deck}
              onChange={(e) => setConcepts(Number(e.target.value))}
            />
          </label>
          <label className="check mock-behavioural">
            <input
              type="checkbox"
              checked={behavioural}
              disabled={!deck}
              onChange={(e) => setBehavioural(e.target.checked)}
            />{" "}
            A behavioural prompt
          </label>
          <label className="field">
            Total minutes
            <input
              type="number"
              min={5}
              max={240}
              value={minutes}
              onChange={(e) => setMinutes(Number(e.target.value))}
            />
          </label>
          <button type="submit" className="btn-primary">
            Start the interview
          </button>
        </div>
        {error && (
          <p role="alert" className="problem">
            {error}
          </p>
        )}
      </form>
      {history.length > 0 && (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading" className="section-title">
            History
          </h2>
          <ul className="history-list">
            {history.map((s) => (
              <li key={s.id} className="card">
                <a href={`#/session/${s.id}`}>
                  {s.kind === "exam" ? "Exam" : "Mock interview"} of {new Date(s.startedAt).toLocaleString()}
                </a>
                <span className="muted">
                  {plural(s.challengeIds.length, "drill")}
                  {s.cardIds?.length ? `, ${plural(s.cardIds.length, "question")}` : ""}
                  {s.endedAt === null ? " · in progress" : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
