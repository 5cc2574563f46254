/** For keyboard users: Tab indents in the editor, so say how to leave it. */
export function EditorKeyHint() {
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  return (
    <p className="editor-key-hint" id="editor-key-hint">
      In the editor <kbd>Tab</kbd> indents. Press <kbd>{mac ? "Ctrl+Shift+M" : "Ctrl+M"}</kbd> to make <kbd>Tab</kbd>{" "}
      move focus instead (press it again to switch back).
    </p>
  );
}
