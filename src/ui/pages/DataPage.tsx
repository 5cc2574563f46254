import { useRef, useState } from "react";
import type { ImportOutcome } from "../../store/progress-slice";
import { useDocumentTitle } from "../page-focus";
import { useApp } from "../store-context";
import { InstallApp } from "./InstallApp";
import { OfflineSection } from "./OfflineSection";

/** Export progress to a file and import it elsewhere; a bad file is refused and nothing changes. */
export function DataPage() {
  const exportProgress = useApp((s) => s.exportProgress);
  const importProgress = useApp((s) => s.importProgress);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const download = () => {
    const blob = new Blob([exportProgress()], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = `ai-interview-drills-progress-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setOutcome(await importProgress(await file.text()));
    if (input.current) input.current.value = "";
  };
  useDocumentTitle("Your data");
  return (
    <div className="page data">
      <header className="page-header">
        <div>
          <h1>Your data</h1>
          <p>
            Progress, drafts, history, concept-card answers and your story bank are stored in this browser only. Export
            them to keep a copy or move them to another device; importing merges a file with what is here and never
            replaces newer work.
          </p>
        </div>
      </header>
      <div className="data-grid">
        <section className="card" aria-labelledby="backup-heading">
          <h2 id="backup-heading">Back up and move</h2>
          <div className="data-actions">
            <button type="button" onClick={download}>
              Export progress
            </button>
            <label className="field">
              Import progress from a file
              <input
                ref={input}
                type="file"
                accept="application/json,.json"
                onChange={(e) => void onFile(e.target.files?.[0])}
              />
            </label>
          </div>
          {outcome && (
            <p role={outcome.ok ? "status" : "alert"} className={`outcome ${outcome.ok ? "verdict-pass" : "problem"}`}>
              {outcome.ok ? `✓ ${outcome.message}` : `✗ Import refused: ${outcome.reason}`}
            </p>
          )}
        </section>
        <div className="card">
          <OfflineSection />
        </div>
        <div className="card">
          <InstallApp />
        </div>
      </div>
    </div>
  );
}
