import { officeHost, officeReady } from "../../src/office/wordHost";
import { isLivretError } from "../../src/shared/livretError";

describe("officeReady: office.js that never becomes ready is said, not waited for", () => {
  it("resolves with Office.onReady's host and platform", async () => {
    const office = { onReady: () => Promise.resolve({ host: "Word", platform: "Mac" }) };
    await expect(officeReady(1000, office)).resolves.toEqual({ host: "Word", platform: "Mac" });
  });

  it("outside Office (a plain browser) resolves with host null", async () => {
    const office = { onReady: () => Promise.resolve({ host: null, platform: null }) };
    await expect(officeReady(1000, office)).resolves.toEqual({ host: null, platform: null });
  });

  it("rejects with OfficeNotReady and a French message after the timeout", async () => {
    const office = { onReady: () => new Promise<never>(() => undefined) };
    const error = await officeReady(30, office).catch((e: unknown) => e);
    expect(isLivretError(error)).toBe(true);
    expect((error as { code: string }).code).toBe("OfficeNotReady");
    expect((error as Error).message).toMatch(/^Word n'a pas démarré le complément/);
    expect((error as Error).message).toMatch(/appsforoffice\.microsoft\.com/);
  });

  it("waits for an office.js still loading, and gives up when it never comes", async () => {
    const error = await officeReady(120).catch((e: unknown) => e);
    expect((error as { code: string }).code).toBe("OfficeNotReady");
    const late: { Office?: unknown } = globalThis as never;
    setTimeout(() => {
      late.Office = { onReady: () => Promise.resolve({ host: "Word", platform: "PC" }) };
    }, 20);
    try {
      await expect(officeReady(2000)).resolves.toEqual({ host: "Word", platform: "PC" });
    } finally {
      delete late.Office;
    }
  });
});

describe("officeHost", () => {
  it("reads requirement sets and the platform from Office.context", () => {
    const host = officeHost({
      context: {
        requirements: {
          isSetSupported: (name, version) => name === "WordApi" && version === "1.4",
        },
        diagnostics: { platform: "OfficeOnline" },
      },
    });
    expect(host.isSetSupported("WordApi", "1.4")).toBe(true);
    expect(host.isSetSupported("WordApi", "1.7")).toBe(false);
    expect(host.platform).toBe("OfficeOnline");
    expect(officeHost(undefined).isSetSupported("WordApi", "1.3")).toBe(false);
  });
});
