import type { KeyboardEvent, PointerEvent } from "react";

/**
 * A draggable divider between two panes (a WAI-ARIA window splitter): drag it, or focus it and use
 * the arrow keys. `value` is the first pane's share (0..1) of the parent's width or height.
 */
export function Divider(props: {
  orientation: "vertical" | "horizontal";
  label: string;
  value: number;
  min: number;
  max: number;
  onChange(value: number): void;
}) {
  const { orientation, value, onChange } = props;
  const vertical = orientation === "vertical";
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const parent = e.currentTarget.parentElement;
    if (!parent) return;
    e.preventDefault();
    const rect = parent.getBoundingClientRect();
    const handle = e.currentTarget;
    handle.setPointerCapture(e.pointerId);
    document.documentElement.dataset.resizing = orientation;
    const move = (ev: globalThis.PointerEvent) =>
      onChange(vertical ? (ev.clientX - rect.left) / rect.width : (ev.clientY - rect.top) / rect.height);
    const up = () => {
      handle.removeEventListener("pointermove", move);
      handle.removeEventListener("pointerup", up);
      handle.removeEventListener("pointercancel", up);
      delete document.documentElement.dataset.resizing;
    };
    handle.addEventListener("pointermove", move);
    handle.addEventListener("pointerup", up);
    handle.addEventListener("pointercancel", up);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 0.1 : 0.02;
    const back = vertical ? "ArrowLeft" : "ArrowUp";
    const forward = vertical ? "ArrowRight" : "ArrowDown";
    if (e.key === back) onChange(value - step);
    else if (e.key === forward) onChange(value + step);
    else if (e.key === "Home") onChange(props.min);
    else if (e.key === "End") onChange(props.max);
    else return;
    e.preventDefault();
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a window splitter has no native element; <hr> cannot take focus or a value
    <div
      role="separator"
      aria-orientation={vertical ? "vertical" : "horizontal"}
      aria-label={props.label}
      aria-valuenow={Math.round(value * 100)}
      aria-valuemin={Math.round(props.min * 100)}
      aria-valuemax={Math.round(props.max * 100)}
      tabIndex={0}
      className={`divider divider-${orientation}`}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
