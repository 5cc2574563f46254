import { useApp } from "../store-context";

/** Problems that block or endanger work on this drill: a draft changed in another tab or by an import, missing packages. */
export function DrillBanners({ challengeId, missing }: { challengeId: string; missing: string[] }) {
  const conflict = useApp((s) =>
    s.draftConflict?.challengeId === challengeId
      ? s.draftConflict
      : s.importConflicts.find((c) => c.challengeId === challengeId),
  );
  const fromImport = conflict?.source === "import";
  const resolveConflict = useApp((s) => s.resolveConflict);
  return (
    <>
      {conflict?.challengeId === challengeId && (
        <div role="alert" className="banner">
          {fromImport
            ? "The imported file has other code for this drill, dated later than this device's."
            : "This drill's code was changed in another tab."}
          <button type="button" className="btn-sm" onClick={() => void resolveConflict("mine", challengeId)}>
            {fromImport ? "Keep this device's code" : "Keep this tab's code"}
          </button>
          <button type="button" className="btn-sm" onClick={() => void resolveConflict("theirs", challengeId)}>
            {fromImport ? "Use the imported code" : "Use the other tab's code"}
          </button>
        </div>
      )}
      {missing.length > 0 && (
        <p role="status" className="banner">
          This drill needs {missing.join(" and ")}, which {missing.length === 1 ? "is" : "are"} not on this device yet.
          Connect to the internet once to run it (or use “Make available offline” on the Your data page).
        </p>
      )}
    </>
  );
}
