// The editor's per-device settings: defaults, saved changes, and bad stored values.
import { beforeEach, describe, expect, it, vi } from "vitest";

const KEY = "drill-editor-settings";
let stored: Record<string, string>;

beforeEach(() => {
  stored = {};
  vi.resetModules();
  vi.stubGlobal("localStorage", {
    getItem: (k: string) => stored[k] ?? null,
    setItem: (k: string, v: string) => {
      stored[k] = v;
    },
  });
});

const load = () => import("../../src/ui/editor/editor-settings");

describe("editor settings", () => {
  it("start with lint and completions on, format on save off, 14 px", async () => {
    const { editorSettings } = await load();
    expect(editorSettings()).toEqual({ lint: true, formatOnSave: false, completion: true, fontSize: 14 });
  });

  it("are saved for the next visit and announced to listeners", async () => {
    const first = await load();
    const heard = vi.fn();
    first.onEditorSettingsChange(heard);
    first.updateEditorSettings({ lint: false, fontSize: 18 });
    expect(heard).toHaveBeenCalledTimes(1);
    vi.resetModules();
    const next = await load();
    expect(next.editorSettings()).toMatchObject({ lint: false, fontSize: 18, completion: true });
  });

  it("fall back to the defaults for values of the wrong type or out of range", async () => {
    stored[KEY] = JSON.stringify({ lint: "no", fontSize: 400, completion: false });
    const { editorSettings } = await load();
    expect(editorSettings()).toEqual({ lint: true, formatOnSave: false, completion: false, fontSize: 14 });
    stored[KEY] = "{not json";
    vi.resetModules();
    expect((await load()).editorSettings().lint).toBe(true);
  });
});
