import { useState } from "react";
import { DIFFICULTIES, type Difficulty, TRACKS, type TrackId } from "../../domain/challenge";
import { MockAvailability } from "../drill/MockAvailability";
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
  const toggle = <T,>(list: T[], value: T) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  const history = [...sessions].sort((a, b) => b.startedAt - a.startedAt);
  return (
    <div className="mock">
      <h1>Mock interview</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          try {
            const session = startMock({ tracks, difficulties, count, durationMinutes: minutes });
            navigate({ page: "drill", id: session.challengeIds[0] as string });
          } catch (err) {
            setError((err as Error).message);
          }
        }}
      >
        <fieldset>
          <legend>Tracks (none ticked: all)</legend>
          {TRACKS.map((t) => (
            <label key={t} className="check">
              <input type="checkbox" checked={tracks.includes(t)} onChange={() => setTracks(toggle(tracks, t))} /> {t}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Difficulty (none ticked: all)</legend>
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
        </fieldset>
        <label>
          Number of drills{" "}
          <input type="number" min={1} max={10} value={count} onChange={(e) => setCount(Number(e.target.value))} />
        </label>{" "}
        <label>
          Total minutes{" "}
          <input type="number" min={5} max={240} value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} />
        </label>{" "}
        <MockAvailability tracks={tracks} difficulties={difficulties} count={count} />
        <button type="submit">Start the interview</button>
        {error && (
          <p role="alert" className="problem">
            {error}
          </p>
        )}
      </form>
      {history.length > 0 && (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">History</h2>
          <ul>
            {history.map((s) => (
              <li key={s.id}>
                <a href={`#/session/${s.id}`}>
                  {s.kind === "exam" ? "Exam" : "Mock interview"} of {new Date(s.startedAt).toLocaleString()}
                </a>{" "}
                · {s.challengeIds.length} drill{s.challengeIds.length === 1 ? "" : "s"}
                {s.endedAt === null ? " · in progress" : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
