/**
 * Moves keyboard focus to a field of the pane after a navigation (a finding was clicked). A level
 * group is not focusable itself: its tabbable radio is (roving tabindex, WAI-ARIA radio group).
 */
export function focusElement(id: string): boolean {
  const el = document.getElementById(id);
  if (el === null) return false;
  const target =
    el.getAttribute("role") === "radiogroup"
      ? (el.querySelector<HTMLElement>('[role="radio"][tabindex="0"]') ?? el)
      : el;
  target.scrollIntoView?.({ block: "center" });
  target.focus();
  return document.activeElement === target;
}
