/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { setIconOptions } from "@fluentui/react/lib/Styling";
import { ConfirmDialog } from "../../src/taskpane/components/ConfirmDialog";
import {
  CALENDAR_UNAVAILABLE,
  FrenchDatePicker,
} from "../../src/taskpane/components/FrenchDatePicker";

setIconOptions({ disableWarnings: true });

// The on-demand chunk (Fluent's Calendar and Dialog) whose request is lost: every load fails.
const importer = jest.fn(() => Promise.reject(new Error("requête perdue")));
jest.mock("../../src/taskpane/onDemandChunk", () => {
  const { deferredModule } = jest.requireActual("../../src/taskpane/deferredModule");
  return {
    ON_DEMAND_CHUNK: deferredModule(() => importer()),
    prefetchOnDemandChunk: () => undefined,
  };
});

beforeEach(() => importer.mockClear());

test("the question is still asked, and answered, when Fluent's Dialog cannot be fetched", async () => {
  const onConfirm = jest.fn();
  const onOther = jest.fn();
  const onCancel = jest.fn();
  render(
    <ConfirmDialog
      open
      title="Relire le document ?"
      text="Les modifications non enregistrées seront perdues."
      confirmText="Relire"
      onConfirm={onConfirm}
      otherText="Enregistrer d’abord"
      onOther={onOther}
      onCancel={onCancel}
    />,
  );
  const dialog = await screen.findByRole("alertdialog", { name: "Relire le document ?" });
  expect(importer).toHaveBeenCalledTimes(1);
  expect(dialog.textContent).toContain("Les modifications non enregistrées seront perdues.");
  // Focus on the confirm button; Tab goes round the three buttons and stays in the dialog.
  const relire = screen.getByRole("button", { name: "Relire" });
  expect(document.activeElement).toBe(relire);
  fireEvent.keyDown(relire, { key: "Tab" });
  expect(document.activeElement).toBe(screen.getByRole("button", { name: "Enregistrer d’abord" }));
  fireEvent.keyDown(document.activeElement!, { key: "Tab", shiftKey: true });
  fireEvent.keyDown(document.activeElement!, { key: "Tab", shiftKey: true });
  expect(document.activeElement).toBe(screen.getByRole("button", { name: "Annuler" }));
  fireEvent.click(relire);
  expect(onConfirm).toHaveBeenCalledTimes(1);
  fireEvent.click(screen.getByRole("button", { name: "Enregistrer d’abord" }));
  expect(onOther).toHaveBeenCalledTimes(1);
  fireEvent.keyDown(dialog, { key: "Escape" });
  expect(onCancel).toHaveBeenCalledTimes(1);
});

test("a closed question shows nothing and asks for no chunk", () => {
  const { container } = render(
    <ConfirmDialog
      open={false}
      title="t"
      text="x"
      confirmText="OK"
      onConfirm={() => undefined}
      onCancel={() => undefined}
    />,
  );
  expect(container.innerHTML).toBe("");
  expect(importer).not.toHaveBeenCalled();
});

test("a date field whose calendar cannot be fetched says so and still takes a typed date", async () => {
  const onChange = jest.fn();
  render(
    <FrenchDatePicker
      id="du"
      label="Du"
      value=""
      initialMonth={new Date(2025, 0, 1)}
      onChange={onChange}
    />,
  );
  const open = screen.getByRole("button", { name: "Choisir la date « Du » dans le calendrier" });
  fireEvent.click(open);
  await screen.findByText(CALENDAR_UNAVAILABLE);
  expect(screen.queryByRole("dialog")).toBeNull();
  // Closed again, the message goes; opened again, the chunk is asked for again.
  fireEvent.click(open);
  expect(screen.queryByText(CALENDAR_UNAVAILABLE)).toBeNull();
  fireEvent.click(open);
  await screen.findByText(CALENDAR_UNAVAILABLE);
  expect(importer).toHaveBeenCalledTimes(2);
  const field = screen.getByRole("textbox", { name: "Du" });
  fireEvent.change(field, { target: { value: "06/01/2025" } });
  fireEvent.blur(field);
  expect(onChange).toHaveBeenCalledWith("2025-01-06");
});
