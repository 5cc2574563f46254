import { useState } from "react";
import type { Challenge } from "../../domain/challenge";
import { useApp } from "../store-context";
import { Traceback } from "./Traceback";
import { ValueDiff } from "./ValueDiff";

const NO_INPUTS: string[] = [];

/** "Try your own input", as on LeetCode: run one call, see your answer, your output and the expected answer. */
export function CustomInputPanel({ challenge, onGoToLine }: { challenge: Challenge; onGoToLine(line: number): void }) {
  const saved = useApp((s) => s.drafts[challenge.id]?.customInputs ?? NO_INPUTS);
  const add = useApp((s) => s.addCustomInput);
  const remove = useApp((s) => s.removeCustomInput);
  const runCustom = useApp((s) => s.runCustom);
  const running = useApp((s) => s.running);
  const result = useApp((s) => s.custom);
  const [expression, setExpression] = useState("");
  const example = `${challenge.entry}(…)`;
  const run = (text: string) => {
    setExpression(text);
    add(challenge.id, text, challenge.starter);
    void runCustom(text);
  };
  return (
    <section className="custom-input" aria-labelledby="custom-heading">
      <h2 id="custom-heading" className="visually-hidden">
        Try your own input
      </h2>
      <p className="muted">
        Call your function with any arguments: you see your answer, what you printed, and the reference's answer.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          run(expression);
        }}
      >
        <label className="custom-call">
          <span>Call</span>
          <input value={expression} placeholder={example} onChange={(e) => setExpression(e.target.value)} />
        </label>
        <button type="submit" className="btn-primary" disabled={running !== null || !expression.trim()}>
          Try it
        </button>
      </form>
      {saved.length > 0 && (
        <ul className="saved-inputs" aria-label="Your inputs">
          {saved.map((text, i) => (
            <li key={text}>
              <button type="button" className="saved-input" onClick={() => run(text)}>
                <code>{text}</code>
              </button>
              <button
                type="button"
                className="btn-ghost btn-sm"
                aria-label={`Remove ${text}`}
                onClick={() => remove(challenge.id, i)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {running === "custom" && (
        <p className="run-progress" aria-live="polite">
          <span className="spinner" aria-hidden="true" />
          Running your input…
        </p>
      )}
      {result && running !== "custom" && (
        <div className="custom-result" role="status">
          <p>
            <code>{result.expression}</code>{" "}
            {result.matches === true && <strong className="verdict verdict-pass">✓ matches the expected answer</strong>}
            {result.matches === false && (
              <strong className="verdict verdict-fail">✗ differs from the expected answer</strong>
            )}
          </p>
          {result.expected !== undefined && result.actual !== undefined ? (
            <ValueDiff expected={result.expected} actual={result.actual} />
          ) : (
            <>
              {result.expected !== undefined && (
                <p>
                  <span className="label">Expected</span> <code>{result.expected}</code>
                </p>
              )}
              {result.actual !== undefined && (
                <p>
                  <span className="label">Your answer</span> <code>{result.actual}</code>
                </p>
              )}
            </>
          )}
          {result.expectedError && <p className="notice">ℹ {result.expectedError}</p>}
          {result.error && (
            <>
              <p className="problem">{result.error.message}</p>
              {result.error.traceback && <Traceback traceback={result.error.traceback} onGoToLine={onGoToLine} />}
            </>
          )}
          {result.stdout && (
            <details open>
              <summary>Printed output</summary>
              <pre>{result.stdout}</pre>
            </details>
          )}
        </div>
      )}
    </section>
  );
}
