import type { ReactNode } from "react";
import "./editor-load-failed.css";

/** Said inside the editor's area when its code could not be downloaded; Retry tries again. */
export function EditorLoadFailed({ onRetry, children }: { onRetry(): void; children?: ReactNode }) {
  return (
    <div className="editor-load-failed" data-editor="failed">
      <div role="alert" className="banner">
        <span>
          The code editor could not be downloaded: this device may be offline, or the app was updated since the page
          opened. Your code is saved. If Retry does not help, reload the page.
        </span>
        <button type="button" className="btn-sm" onClick={onRetry}>
          Retry
        </button>
      </div>
      {children}
    </div>
  );
}
