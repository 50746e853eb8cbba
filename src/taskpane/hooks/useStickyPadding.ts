import * as React from "react";

/**
 * Keeps the page's `scroll-padding-top` equal to the sticky bar's height, so that whatever gets
 * the focus (Tab, a shortcut moving to the next row, a finding's link) is scrolled into view
 * below the bar, never under it (WCAG 2.4.11 Focus Not Obscured). The bar's height changes
 * when its buttons wrap (320 px) or while a save shows its progress.
 */
export function useStickyPadding(bar: React.RefObject<HTMLElement | null>): void {
  React.useEffect(() => {
    const el = bar.current;
    if (el === null) return;
    const root = document.documentElement;
    const apply = (): void => {
      root.style.scrollPaddingTop = `${el.offsetHeight + 8}px`;
      root.style.scrollPaddingBottom = "16px";
    };
    apply();
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(apply);
    observer?.observe(el);
    // Focus moved by Tab into something the bar covers: bring it below the bar.
    const onFocusIn = (event: FocusEvent): void => {
      const target = event.target as HTMLElement | null;
      if (
        target === null ||
        el.contains(target) ||
        typeof target.getBoundingClientRect !== "function"
      ) {
        return;
      }
      const rect = target.getBoundingClientRect();
      if (rect.top < el.getBoundingClientRect().bottom) {
        target.scrollIntoView?.({ block: "nearest" });
      }
    };
    document.addEventListener("focusin", onFocusIn);
    return () => {
      observer?.disconnect();
      document.removeEventListener("focusin", onFocusIn);
    };
  }, [bar]);
}
