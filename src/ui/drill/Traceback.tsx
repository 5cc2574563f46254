import type { TracebackInfo } from "../../domain/results";

/** A Python traceback whose "File …, line N" frames jump to that line in the editor. */
export function Traceback({ traceback, onGoToLine }: { traceback: TracebackInfo; onGoToLine(line: number): void }) {
  const lines = traceback.text.split("\n");
  return (
    <pre className="traceback">
      {lines.map((line, i) => {
        const m = /^ {2}File "[^"]+", line (\d+)/.exec(line);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: traceback lines are positional
          <span key={i}>
            {m ? (
              <button type="button" className="link" onClick={() => onGoToLine(Number(m[1]))}>
                {line.trim()}
              </button>
            ) : (
              line
            )}
            {"\n"}
          </span>
        );
      })}
    </pre>
  );
}
