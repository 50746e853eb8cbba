/**
 * Moves keyboard focus to a field of the pane after a navigation (a finding was clicked, a
 * shortcut moved to the next row). A level group is not focusable itself: its tabbable radio is
 * (roving tabindex, WAI-ARIA radio group). The scroll honours the page's scroll-padding, so the
 * sticky bar never hides the focused element.
 */
export function focusElement(id: string, block: ScrollLogicalPosition = "center"): boolean {
  const el = document.getElementById(id);
  if (el === null) return false;
  const target =
    el.getAttribute("role") === "radiogroup"
      ? (el.querySelector<HTMLElement>('[role="radio"][tabindex="0"]') ?? el)
      : el;
  target.scrollIntoView?.({ block });
  target.focus({ preventScroll: true });
  return document.activeElement === target;
}
