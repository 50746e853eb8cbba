/** @jest-environment jsdom */
import { readFileSync } from "fs";
import * as path from "path";
import { TextDecoder, TextEncoder } from "util";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setIconOptions } from "@fluentui/react/lib/Styling";
import type { LivretData } from "../../src/domain/livretData";
import { openDocument, readDocument } from "../../src/services/livretEngine";
import { App } from "../../src/taskpane/App";
import { makePort, type TestDocument } from "./testPort";

// jsdom has no TextDecoder/TextEncoder; the engine (zip names, XML) needs Node's, as browsers have.
Object.assign(globalThis, { TextDecoder, TextEncoder });
// The real port parses the whole document; generous on a shared, busy machine.
jest.setTimeout(300_000);

// Icons are fonts; jsdom renders none, so only silence the "icon not registered" warnings.
setIconOptions({ disableWarnings: true });

const TEMPLATE = new Uint8Array(
  readFileSync(path.join(__dirname, "../../assets/livret-mcv-option-b.docx")),
);

function dataIn(bytes: Uint8Array): LivretData {
  const snapshot = readDocument(openDocument(bytes, "saved.docx"));
  return snapshot.livrets[0].data;
}

async function openPane(doc: TestDocument): Promise<void> {
  render(<App port={doc.port} />);
  // Generous: the real port parses the whole document's OOXML; no assertion is about time.
  await screen.findByRole("heading", { name: "Élève et jours à récupérer" }, { timeout: 60_000 });
  expect(screen.queryByText(/impossible/)).toBeNull();
  expect(screen.getByTestId("non-enregistre").textContent).toBe("Tout est enregistré");
}

function levelGroup(label: RegExp): HTMLElement {
  return screen.getByRole("radiogroup", { name: label });
}

function radio(group: HTMLElement, level: string): HTMLElement {
  return within(group).getByRole("radio", { name: new RegExp(`^${level} –`) });
}

describe("the task pane on the template through the Office.js port", () => {
  test("ticks by click and keyboard, fills a period, saves exactly those values", async () => {
    const user = userEvent.setup();
    const doc = makePort(TEMPLATE);
    expect(dataIn(TEMPLATE)).toEqual({});
    await openPane(doc);

    // Click: 1.1.1 in PFMP 1 (block 1 is open by default).
    const g111 = levelGroup(/^1\.1\.1 Rechercher, hiérarchiser/);
    await user.click(radio(g111, "A"));
    expect(radio(g111, "A").getAttribute("aria-checked")).toBe("true");
    // A pending row is marked (the document holds no level there yet).
    expect(g111.closest("[data-key]")?.getAttribute("data-pending")).toBe("oui");

    // Keyboard: arrows only move the focus, Space ticks.
    const g112 = levelGroup(/^1\.1\.2 Maitriser la technologie des produits/);
    act(() => radio(g112, "NE").focus());
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(document.activeElement).toBe(radio(g112, "D"));
    expect(within(g112).queryAllByRole("radio", { checked: true })).toHaveLength(0);
    await user.keyboard(" ");
    expect(radio(g112, "D").getAttribute("aria-checked")).toBe("true");
    await user.keyboard("{ArrowLeft}{Enter}");
    expect(radio(g112, "N").getAttribute("aria-checked")).toBe("true");
    expect(radio(g112, "D").getAttribute("aria-checked")).toBe("false");

    // The activities field opens on demand.
    expect(
      screen.queryByRole("textbox", { name: /Activités professionnelles prévues – 1\.1\.1/ }),
    ).toBeNull();
    await user.click(screen.getByRole("button", { name: "Activités – 1.1.1 (PFMP 1)" }));
    await user.type(
      screen.getByRole("textbox", {
        name: /Activités professionnelles prévues – 1\.1\.1 Rechercher, hiérarchiser/,
      }),
      "Vente en magasin",
    );

    // The period (a disclosure under the grids): company, dates typed in French, weeks and
    // working days shown at once.
    await user.click(screen.getByRole("button", { name: /^Période de PFMP 1/ }));
    await user.type(screen.getByRole("textbox", { name: "Entreprise" }), "Boulangerie Dupain");
    await user.type(screen.getByRole("textbox", { name: "Du" }), "06/01/2025{Tab}");
    await user.type(screen.getByRole("textbox", { name: "Au" }), "31/01/2025{Tab}");
    expect(screen.getByTestId("duree-1").textContent).toContain(
      "Durée : 4 semaines · 20 jours ouvrés",
    );
    await user.type(screen.getByRole("textbox", { name: "Tuteur (nom et prénom)" }), "M. Durand");
    await user.type(screen.getByRole("textbox", { name: "Nom" }), "MARTIN");

    expect(screen.getByTestId("non-enregistre").textContent).toContain(
      "8 modifications non enregistrées",
    );

    await user.click(screen.getByRole("button", { name: "Enregistrer dans le document" }));
    const message = await screen.findByTestId("message-enregistrement", {}, { timeout: 60_000 });
    expect(message.textContent).toMatch(/Enregistré dans le document : \d+ paragraphes modifiés/);
    expect(message.textContent).toContain("PFMP 1 · 1.1.1 Rechercher");
    expect(screen.getByTestId("non-enregistre").textContent).toContain("Tout est enregistré");

    expect(dataIn(doc.docx())).toEqual({
      student: { lastName: "MARTIN" },
      periods: {
        "1": {
          company: "Boulangerie Dupain",
          from: "2025-01-06",
          to: "2025-01-31",
          tutor: "M. Durand",
          levels: { "1.1.1": "A", "1.1.2": "N" },
          activities: { "1.1.1": "Vente en magasin" },
        },
      },
    });
  });

  test("one key per row: ticks and moves on across blocks, Suppr clears, Ctrl+Z undoes", async () => {
    const user = userEvent.setup();
    const doc = makePort(TEMPLATE);
    await openPane(doc);
    const g = (key: string): HTMLElement =>
      levelGroup(new RegExp(`^${key.replace(/\./g, "\\.")} .* – PFMP 1$`));
    act(() => radio(g("1.3.2"), "NE").focus());
    // 3 → A on 1.3.2, then 1.3.3; "e" → E and on to the first row of block 2 (opened for it).
    await user.keyboard("3");
    expect(radio(g("1.3.2"), "A").getAttribute("aria-checked")).toBe("true");
    expect(document.activeElement?.closest('[role="radiogroup"]')).toBe(g("1.3.3"));
    await user.keyboard("e");
    expect(radio(g("1.3.3"), "E").getAttribute("aria-checked")).toBe("true");
    expect(document.activeElement?.closest('[role="radiogroup"]')).toBe(g("2.1.1"));
    expect(screen.getByTestId("annonce").textContent).toBe("1.3.3 : E (Expert)");
    // Up goes back without ticking; Suppr clears the row's choice.
    await user.keyboard("{ArrowUp}");
    expect(document.activeElement?.closest('[role="radiogroup"]')).toBe(g("1.3.3"));
    await user.keyboard("{Delete}");
    expect(within(g("1.3.3")).queryAllByRole("radio", { checked: true })).toHaveLength(0);
    expect(screen.getByTestId("non-enregistre").textContent).toBe("1 modification non enregistrée");
    // Ctrl+Z takes back the clearing, then the A.
    await user.keyboard("{Control>}z{/Control}");
    expect(radio(g("1.3.3"), "E").getAttribute("aria-checked")).toBe("true");
    await user.keyboard("{Control>}z{/Control}{Control>}z{/Control}");
    expect(screen.getByTestId("non-enregistre").textContent).toBe("Tout est enregistré");
    // A click on the ticked level unticks it.
    await user.click(radio(g("1.1.1"), "D"));
    await user.click(radio(g("1.1.1"), "D"));
    expect(radio(g("1.1.1"), "D").getAttribute("aria-checked")).toBe("false");
    expect(dataIn(doc.docx())).toEqual({});
  });
});
