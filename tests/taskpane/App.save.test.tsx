/** @jest-environment jsdom */
import { readFileSync } from "fs";
import * as path from "path";
import { TextDecoder, TextEncoder } from "util";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { setIconOptions } from "@fluentui/react/lib/Styling";
import type { DocumentPort } from "../../src/services/documentPort";
import { openDocument, readDocument } from "../../src/services/livretEngine";
import { App } from "../../src/taskpane/App";
import { makePort } from "./testPort";

Object.assign(globalThis, { TextDecoder, TextEncoder });
jest.setTimeout(300_000);
setIconOptions({ disableWarnings: true });

const WAIT = { timeout: 60_000 };
const TEMPLATE = new Uint8Array(
  readFileSync(path.join(__dirname, "../../assets/livret-mcv-option-b.docx")),
);

function radio(key: RegExp, level: string): HTMLElement {
  const group = screen.getByRole("radiogroup", { name: key });
  return within(group).getByRole("radio", { name: new RegExp(`^${level} –`) });
}

test("a slow save shows n / total, the pane stays usable, the port's notices are shown first", async () => {
  const inner = makePort(TEMPLATE);
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  // The real port on the Word double, with Word's notice and a save that reports chunks.
  const port: DocumentPort = {
    load: async () => ({
      ...(await inner.port.load()),
      notices: [
        {
          code: "TrackChanges",
          message: "Le suivi des modifications est activé : les écritures seront suivies.",
        },
      ],
    }),
    save: async (livret, data, options) => {
      options?.onProgress?.({ done: 1, total: 2 });
      await gate;
      const report = await inner.port.save(livret, data);
      options?.onProgress?.({ done: 2, total: 2 });
      return report;
    },
  };
  render(<App port={port} />);
  await screen.findByRole("heading", { name: "Élève et jours à récupérer" }, WAIT);
  expect(screen.getByText(/Le suivi des modifications est activé/)).toBeTruthy();

  fireEvent.click(radio(/^1\.1\.1 /, "A"));
  fireEvent.click(screen.getByRole("button", { name: "Enregistrer dans le document" }));
  expect(await screen.findByText("1 / 2", {}, WAIT)).toBeTruthy();
  // Still usable while Word writes: another level can be ticked.
  fireEvent.click(radio(/^1\.1\.2 /, "D"));
  expect(radio(/^1\.1\.2 /, "D").getAttribute("aria-checked")).toBe("true");
  await act(async () => release());
  await screen.findByTestId("message-enregistrement", {}, WAIT);
  expect(screen.queryByText("1 / 2")).toBeNull();
  // What was sent is in the document; the level ticked meanwhile is still pending.
  expect(screen.getByTestId("non-enregistre").textContent).toBe("1 modification non enregistrée");
  const saved = readDocument(openDocument(inner.docx(), "saved.docx")).livrets[0].data;
  expect(saved.periods?.["1"]?.levels).toEqual({ "1.1.1": "A" });
});
