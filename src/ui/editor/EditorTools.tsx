import { EditorSettingsPanel } from "./EditorSettingsPanel";
import "./editor-tools.css";
import { FormatButton } from "./FormatButton";

/** The editor's toolbar controls (Format, settings), to place beside Run and Submit. Light: no Monaco. */
export function EditorTools({ label = "Code editor", readOnly = false }: { label?: string; readOnly?: boolean }) {
  return (
    <span className="drill-editor-tools">
      <FormatButton label={label} disabled={readOnly} />
      <EditorSettingsPanel />
    </span>
  );
}
