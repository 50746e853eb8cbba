import { insideOffice, waitForOffice } from "../../src/taskpane/waitForOffice";

type Info = { host: Office.HostType | null | undefined };

/** An Office global whose onReady resolves only when the test says so. */
function office(): { readonly api: { onReady(cb: (info: Info) => void): void }; ready(): void } {
  let callback: ((info: Info) => void) | null = null;
  return {
    api: { onReady: (cb) => void (callback = cb) },
    ready: () => callback?.({ host: null }),
  };
}

describe("waiting for office.js", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const options = (events: string[]) => ({
    timeoutMs: 10_000,
    onReady: () => events.push("prêt"),
    onTimeout: () => events.push("bloqué"),
    setTimer: (f: () => void, ms: number) => setTimeout(f, ms) as unknown as number,
    clearTimer: (id: number) => clearTimeout(id),
  });

  test("Office.onReady in time: the pane starts, no message", () => {
    const events: string[] = [];
    const o = office();
    waitForOffice(o.api, options(events));
    jest.advanceTimersByTime(3_000);
    o.ready();
    jest.advanceTimersByTime(20_000);
    expect(events).toEqual(["prêt"]);
  });

  test("never ready (a proxy blocks Office's files): the message after the timeout, a late answer still starts", () => {
    const events: string[] = [];
    const o = office();
    waitForOffice(o.api, options(events));
    jest.advanceTimersByTime(9_999);
    expect(events).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(events).toEqual(["bloqué"]);
    o.ready();
    expect(events).toEqual(["bloqué", "prêt"]);
  });

  test("inside Office is known from the URL Office opens, or what office.js stored", () => {
    expect(insideOffice("?_host_Info=Word$Win32$16.01$fr-FR$$$$0", null)).toBe(true);
    expect(insideOffice("?a=1&_host_info=word", null)).toBe(true);
    expect(insideOffice("", "Word$Win32$16.01")).toBe(true);
    expect(insideOffice("?demo=1", null)).toBe(false);
  });
});
