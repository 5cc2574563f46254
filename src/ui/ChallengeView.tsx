import { selectedChallenge } from "../store/catalog-slice";
import { codeFor } from "../store/drafts-slice";
import { CodeEditor } from "./CodeEditor";
import { ResultsPanel } from "./ResultsPanel";
import { useApp } from "./store-context";

export function ChallengeView() {
  const challenge = useApp(selectedChallenge);
  const code = useApp((s) => (challenge ? codeFor(s, challenge.id, challenge.starter) : ""));
  const setDraft = useApp((s) => s.setDraft);
  const running = useApp((s) => s.running);
  const python = useApp((s) => s.python.state);
  const run = useApp((s) => s.run);
  const stop = useApp((s) => s.stop);
  if (!challenge) return <main className="challenge">No drills found.</main>;
  const busy = running !== null;
  return (
    <main className="challenge">
      <header>
        <h1>{challenge.title}</h1>
        <p className="meta">
          {challenge.difficulty} · {challenge.minutes} min
          {challenge.packages.length ? ` · needs ${challenge.packages.join(", ")}` : ""}
        </p>
      </header>
      <article className="statement">
        <pre>{challenge.statement}</pre>
      </article>
      <CodeEditor value={code} onChange={(c) => setDraft(challenge.id, c)} />
      <div className="controls">
        <button type="button" onClick={() => void run("run")} disabled={busy || python === "error"}>
          Run
        </button>
        <button type="button" onClick={() => void run("submit")} disabled={busy || python === "error"}>
          Submit
        </button>
        <button type="button" onClick={stop} disabled={!busy}>
          Stop
        </button>
      </div>
      <ResultsPanel />
    </main>
  );
}
