/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { setIconOptions } from "@fluentui/react/lib/Styling";
import { FrenchDatePicker } from "../../src/taskpane/components/FrenchDatePicker";
import { ON_DEMAND_CHUNK } from "../../src/taskpane/onDemandChunk";

setIconOptions({ disableWarnings: true });

// The calendar is in the on-demand chunk. The pane fetches it after its first render (App); here
// nothing has, so this is the teacher who clicks before it has arrived.
test("a click before the calendar's chunk has arrived opens it when it does", async () => {
  expect(ON_DEMAND_CHUNK.loaded()).toBeUndefined();
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
  fireEvent.click(
    screen.getByRole("button", { name: "Choisir la date « Du » dans le calendrier" }),
  );
  const calendar = await screen.findByRole("dialog", { name: "Calendrier – Du" });
  expect(ON_DEMAND_CHUNK.loaded()).toBeDefined();
  expect(calendar.textContent).toContain("janvier 2025");
  fireEvent.click(within(calendar).getByRole("button", { name: /^6, janvier/ }));
  expect(onChange).toHaveBeenCalledWith("2025-01-06");
  expect((screen.getByRole("textbox", { name: "Du" }) as HTMLInputElement).value).toBe(
    "06/01/2025",
  );
  expect(screen.queryByRole("dialog")).toBeNull();
});
