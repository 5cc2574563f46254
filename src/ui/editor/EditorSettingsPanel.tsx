import { useId, useRef } from "react";
import { FONT_SIZES, updateEditorSettings, useEditorSettings } from "./editor-settings";

/** The editor's per-device settings in a disclosure: lint, format on save, completions, font size. */
export function EditorSettingsPanel() {
  const settings = useEditorSettings();
  const details = useRef<HTMLDetailsElement>(null);
  const id = useId();
  return (
    <details
      ref={details}
      className="drill-editor-settings"
      onKeyDown={(e) => {
        if (e.key === "Escape" && details.current?.open) {
          details.current.open = false;
          details.current.querySelector("summary")?.focus();
        }
      }}
    >
      <summary aria-label="Editor settings" className="btn-ghost btn-sm">
        Settings
      </summary>
      <fieldset>
        <legend>Editor (this device)</legend>
        <label>
          <input
            type="checkbox"
            checked={settings.lint}
            onChange={(e) => updateEditorSettings({ lint: e.target.checked })}
          />{" "}
          Check code as I type (Ruff)
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.formatOnSave}
            onChange={(e) => updateEditorSettings({ formatOnSave: e.target.checked })}
          />{" "}
          Format on save
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.completion}
            onChange={(e) => updateEditorSettings({ completion: e.target.checked })}
          />{" "}
          Completions, signatures and docs (Jedi)
        </label>
        <label htmlFor={`${id}-size`}>Font size </label>
        <select
          id={`${id}-size`}
          value={settings.fontSize}
          onChange={(e) => updateEditorSettings({ fontSize: Number(e.target.value) })}
        >
          {FONT_SIZES.map((s) => (
            <option key={s} value={s}>
              {s} px
            </option>
          ))}
        </select>
      </fieldset>
    </details>
  );
}
