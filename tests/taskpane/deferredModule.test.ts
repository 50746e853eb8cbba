import { deferredModule } from "../../src/taskpane/deferredModule";

describe("a deferred module (a chunk behind import())", () => {
  test("asked for once however often it is loaded; there synchronously once it has arrived", async () => {
    const importer = jest.fn(() => Promise.resolve({ answer: 42 }));
    const chunk = deferredModule(importer);
    expect(chunk.loaded()).toBeUndefined();
    const first = chunk.load();
    const second = chunk.load();
    expect(chunk.loaded()).toBeUndefined();
    await expect(first).resolves.toEqual({ answer: 42 });
    await expect(second).resolves.toBe(await first);
    expect(chunk.loaded()).toEqual({ answer: 42 });
    expect(importer).toHaveBeenCalledTimes(1);
  });

  test("a failed load is forgotten: the next one asks again", async () => {
    const importer = jest
      .fn<Promise<{ ok: boolean }>, []>()
      .mockRejectedValueOnce(new Error("ChunkLoadError"))
      .mockResolvedValueOnce({ ok: true });
    const chunk = deferredModule(importer);
    await expect(chunk.load()).rejects.toThrow("ChunkLoadError");
    expect(chunk.loaded()).toBeUndefined();
    await expect(chunk.load()).resolves.toEqual({ ok: true });
    expect(chunk.loaded()).toEqual({ ok: true });
    expect(importer).toHaveBeenCalledTimes(2);
  });
});
