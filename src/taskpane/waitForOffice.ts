/** What the entry point needs of office.js's global `Office` (a double in tests). */
export interface OfficeReadyLike {
  onReady(callback: (info: { host: Office.HostType | null | undefined }) => void): unknown;
}

export interface WaitForOfficeOptions {
  readonly timeoutMs: number;
  readonly onReady: (info: { host: Office.HostType | null | undefined }) => void;
  /** Office.onReady has not resolved in time: inside Word, office.js is blocked (a proxy). */
  readonly onTimeout: () => void;
  readonly setTimer?: (f: () => void, ms: number) => number;
  readonly clearTimer?: (id: number) => void;
}

/**
 * Waits for `Office.onReady`, but not forever: behind a school proxy that blocks Office's host
 * files it never resolves (issue 9 §6). A late answer still starts the pane.
 */
export function waitForOffice(office: OfficeReadyLike, options: WaitForOfficeOptions): void {
  const setTimer = options.setTimer ?? ((f, ms) => window.setTimeout(f, ms));
  const clearTimer = options.clearTimer ?? ((id) => window.clearTimeout(id));
  let ready = false;
  const timer = setTimer(() => {
    if (!ready) options.onTimeout();
  }, options.timeoutMs);
  void office.onReady((info) => {
    ready = true;
    clearTimer(timer);
    options.onReady(info);
  });
}

/**
 * Office opens the pane with `_host_Info=Word$…` in its URL (and office.js keeps it in
 * sessionStorage): the page knows it is inside Office even when office.js itself never loaded.
 */
export function insideOffice(search: string, stored: string | null): boolean {
  return /[?&]_host_Info=/i.test(search) || stored !== null;
}
