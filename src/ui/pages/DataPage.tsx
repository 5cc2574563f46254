import { useRef, useState } from "react";
import type { ImportOutcome } from "../../store/progress-slice";
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
  return (
    <div className="data">
      <h1>Your data</h1>
      <p>
        Progress, drafts and history are stored in this browser only. Export them to a file to keep a copy or move them
        to another device; importing merges a file with what is here and never replaces newer work.
      </p>
      <button type="button" onClick={download}>
        Export progress
      </button>
      <p>
        <label>
          Import progress from a file{" "}
          <input
            ref={input}
            type="file"
            accept="application/json,.json"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </label>
      </p>
      {outcome && (
        <p role={outcome.ok ? "status" : "alert"} className={outcome.ok ? "notice" : "problem"}>
          {outcome.ok ? `✓ ${outcome.message}` : `✗ Import refused: ${outcome.reason}`}
        </p>
      )}
      <OfflineSection />
      <InstallApp />
    </div>
  );
}
