import { describe, expect, it } from "vitest";
import { shortcutFor } from "../../src/ui/editor/shortcuts";

const key = (k: string, mods: Partial<Record<"ctrlKey" | "metaKey" | "shiftKey" | "altKey", boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe("shortcutFor", () => {
  it("maps Ctrl or Cmd with Enter, Shift+Enter and S", () => {
    expect(shortcutFor(key("Enter", { ctrlKey: true }))).toBe("run");
    expect(shortcutFor(key("Enter", { metaKey: true }))).toBe("run");
    expect(shortcutFor(key("Enter", { ctrlKey: true, shiftKey: true }))).toBe("submit");
    expect(shortcutFor(key("s", { ctrlKey: true }))).toBe("save");
    expect(shortcutFor(key("S", { metaKey: true }))).toBe("save");
  });

  it("ignores plain keys, Alt combinations and Ctrl+Shift+S", () => {
    expect(shortcutFor(key("Enter"))).toBeNull();
    expect(shortcutFor(key("s"))).toBeNull();
    expect(shortcutFor(key("Enter", { ctrlKey: true, altKey: true }))).toBeNull();
    expect(shortcutFor(key("S", { ctrlKey: true, shiftKey: true }))).toBeNull();
  });
});
