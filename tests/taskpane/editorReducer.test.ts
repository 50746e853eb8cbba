import type { LivretSnapshot } from "../../src/services/documentPort";
import { editorReducer } from "../../src/taskpane/state/editorReducer";
import {
  dataToSave,
  effectiveData,
  livretsToSave,
  rowValues,
  totalUnsaved,
  unsavedCount,
} from "../../src/taskpane/state/editorSelectors";
import { initialEditorState, type EditorState } from "../../src/taskpane/state/editorState";

/** A snapshot as the port returns it; the map is empty because the reducer never reads it. */
function snapshot(data: LivretSnapshot["livrets"][number]["data"], second = {}): LivretSnapshot {
  return {
    map: { livrets: [], warnings: [] },
    livrets: [
      { index: 0, data, conflicts: [] },
      { index: 1, data: second, conflicts: [] },
    ],
  };
}

const doc = snapshot({
  student: { lastName: "MARTIN", firstName: "Léa" },
  daysToRecover: { premiere: 1 },
  periods: {
    "1": {
      company: "Boulangerie Dupain",
      from: "2025-01-06",
      levels: { "1.1.1": "A", "AP.3": "E" },
      activities: { "1.1.1": "Vente en magasin" },
    },
  },
});

function loaded(): EditorState {
  return editorReducer(initialEditorState, { type: "loaded", snapshot: doc });
}

describe("editorReducer", () => {
  test("a level that differs from the document is pending, one equal to it is not", () => {
    let s = loaded();
    s = editorReducer(s, { type: "setLevel", livret: 0, pfmp: 1, key: "1.1.2", level: "D" });
    s = editorReducer(s, { type: "setLevel", livret: 0, pfmp: 1, key: "1.1.1", level: "E" });
    expect(s.pending[0]).toEqual({ periods: { "1": { levels: { "1.1.2": "D", "1.1.1": "E" } } } });
    expect(unsavedCount(s, 0)).toBe(2);
    // Back to what the document holds: no longer a change.
    s = editorReducer(s, { type: "setLevel", livret: 0, pfmp: 1, key: "1.1.1", level: "A" });
    expect(s.pending[0]).toEqual({ periods: { "1": { levels: { "1.1.2": "D" } } } });
    expect(rowValues(s, 0, 1, "1.1.1")).toMatchObject({
      level: "A",
      docLevel: "A",
      levelPending: false,
    });
    expect(rowValues(s, 0, 1, "1.1.2")).toMatchObject({
      level: "D",
      docLevel: undefined,
      levelPending: true,
    });
  });

  test("texts: empty equals absent, clearing a filled cell is a change", () => {
    let s = loaded();
    s = editorReducer(s, { type: "setActivity", livret: 0, pfmp: 1, key: "1.1.2", text: "" });
    expect(s.pending[0]).toBeUndefined();
    s = editorReducer(s, { type: "setActivity", livret: 0, pfmp: 1, key: "1.1.1", text: "" });
    s = editorReducer(s, {
      type: "setPeriodField",
      livret: 0,
      pfmp: 2,
      field: "company",
      value: "Primeur",
    });
    s = editorReducer(s, {
      type: "setPeriodField",
      livret: 0,
      pfmp: 1,
      field: "company",
      value: "Boulangerie Dupain",
    });
    s = editorReducer(s, { type: "setStudent", livret: 0, field: "firstName", value: "Léna" });
    expect(s.pending[0]).toEqual({
      student: { firstName: "Léna" },
      periods: { "1": { activities: { "1.1.1": "" } }, "2": { company: "Primeur" } },
    });
    expect(unsavedCount(s, 0)).toBe(3);
    expect(effectiveData(s, 0).periods?.["1"]?.company).toBe("Boulangerie Dupain");
    expect(effectiveData(s, 0).student).toEqual({ lastName: "MARTIN", firstName: "Léna" });
  });

  test("days to recover: a number is pending, an empty field leaves the document's value", () => {
    let s = loaded();
    s = editorReducer(s, { type: "setDaysToRecover", livret: 0, year: "terminale", value: 2 });
    s = editorReducer(s, {
      type: "setDaysToRecover",
      livret: 0,
      year: "premiere",
      value: undefined,
    });
    expect(s.pending[0]).toEqual({ daysToRecover: { terminale: 2 } });
    s = editorReducer(s, {
      type: "setDaysToRecover",
      livret: 0,
      year: "terminale",
      value: undefined,
    });
    expect(s.pending[0]).toBeUndefined();
  });

  test("pending changes are per livret and counted separately", () => {
    let s = loaded();
    s = editorReducer(s, { type: "setLevel", livret: 1, pfmp: 3, key: "2.1.1", level: "NE" });
    s = editorReducer(s, { type: "setLevel", livret: 0, pfmp: 1, key: "2.1.1", level: "N" });
    expect(unsavedCount(s, 0)).toBe(1);
    expect(unsavedCount(s, 1)).toBe(1);
    expect(totalUnsaved(s)).toBe(2);
    s = editorReducer(s, { type: "discard", livret: 1 });
    expect(totalUnsaved(s)).toBe(1);
  });

  test("a draft from the previous PFMP is marked until saved, and unmarked when changed by hand", () => {
    let s = loaded();
    s = editorReducer(s, {
      type: "applyDraft",
      livret: 0,
      pfmp: 2,
      levels: { "1.1.1": "A", "AP.3": "E" },
    });
    expect(s.pending[0]).toEqual({ periods: { "2": { levels: { "1.1.1": "A", "AP.3": "E" } } } });
    expect(rowValues(s, 0, 2, "1.1.1").draft).toBe(true);
    expect(rowValues(s, 0, 2, "AP.3").draft).toBe(true);
    s = editorReducer(s, { type: "setLevel", livret: 0, pfmp: 2, key: "AP.3", level: "D" });
    expect(rowValues(s, 0, 2, "AP.3")).toMatchObject({
      draft: false,
      level: "D",
      levelPending: true,
    });
    // Saved: the new snapshot holds the values, nothing is pending nor draft any more.
    const after = snapshot({
      ...doc.livrets[0].data,
      periods: { ...doc.livrets[0].data.periods, "2": { levels: { "1.1.1": "A", "AP.3": "D" } } },
    });
    s = editorReducer(s, { type: "saved", livret: 0, snapshot: after });
    expect(s.pending[0]).toBeUndefined();
    expect(s.drafts[0]).toBeUndefined();
    expect(unsavedCount(s, 0)).toBe(0);
  });

  test("a reload keeps the changes the document does not hold yet", () => {
    let s = loaded();
    s = editorReducer(s, { type: "setLevel", livret: 0, pfmp: 1, key: "1.1.2", level: "D" });
    s = editorReducer(s, { type: "setLevel", livret: 0, pfmp: 1, key: "1.1.3", level: "E" });
    const changed = snapshot({ periods: { "1": { levels: { "1.1.2": "D" } } } });
    s = editorReducer(s, { type: "loaded", snapshot: changed });
    expect(s.pending[0]).toEqual({ periods: { "1": { levels: { "1.1.3": "E" } } } });
  });

  test("revertRow drops the level, the activity and the draft mark of one row", () => {
    let s = loaded();
    s = editorReducer(s, { type: "applyDraft", livret: 0, pfmp: 2, levels: { "1.1.1": "A" } });
    s = editorReducer(s, { type: "setActivity", livret: 0, pfmp: 2, key: "1.1.1", text: "Caisse" });
    s = editorReducer(s, { type: "revertRow", livret: 0, pfmp: 2, key: "1.1.1" });
    expect(s.pending[0]).toBeUndefined();
    expect(s.drafts[0]).toBeUndefined();
  });

  test("undo takes back the last edit; keystrokes in one field are one step", () => {
    let s = loaded();
    s = editorReducer(s, { type: "setLevel", livret: 0, pfmp: 1, key: "1.1.2", level: "D" });
    for (const value of ["P", "Pr", "Pri"]) {
      s = editorReducer(s, { type: "setPeriodField", livret: 0, pfmp: 2, field: "company", value });
    }
    s = editorReducer(s, { type: "setLevel", livret: 0, pfmp: 1, key: "1.1.3", level: "E" });
    expect(s.history).toHaveLength(3);
    s = editorReducer(s, { type: "undo" });
    expect(s.pending[0]).toEqual({
      periods: { "1": { levels: { "1.1.2": "D" } }, "2": { company: "Pri" } },
    });
    s = editorReducer(s, { type: "undo" });
    expect(s.pending[0]).toEqual({ periods: { "1": { levels: { "1.1.2": "D" } } } });
    s = editorReducer(s, { type: "undo" });
    expect(s.pending[0]).toBeUndefined();
    // Nothing left: undo changes nothing.
    expect(editorReducer(s, { type: "undo" })).toBe(s);
  });

  test("an edit that changes nothing leaves no undo step; a load or a save clears them", () => {
    let s = loaded();
    s = editorReducer(s, { type: "setLevel", livret: 0, pfmp: 1, key: "1.1.1", level: "A" });
    expect(s.pending[0]).toBeUndefined();
    expect(s.history).toHaveLength(0);
    s = editorReducer(s, { type: "setLevel", livret: 0, pfmp: 1, key: "1.1.2", level: "N" });
    expect(s.history).toHaveLength(1);
    s = editorReducer(s, { type: "loaded", snapshot: doc });
    expect(s.history).toHaveLength(0);
    expect(s.pending[0]).toEqual({ periods: { "1": { levels: { "1.1.2": "N" } } } });
  });

  test("clearLevel takes back the pane's choice and its draft mark, never the document's", () => {
    let s = loaded();
    s = editorReducer(s, { type: "applyDraft", livret: 0, pfmp: 1, levels: { "1.1.2": "NE" } });
    s = editorReducer(s, { type: "setLevel", livret: 0, pfmp: 1, key: "1.1.1", level: "E" });
    s = editorReducer(s, { type: "clearLevel", livret: 0, pfmp: 1, key: "1.1.2" });
    s = editorReducer(s, { type: "clearLevel", livret: 0, pfmp: 1, key: "1.1.1" });
    expect(s.pending[0]).toBeUndefined();
    expect(s.drafts[0]).toBeUndefined();
    // 1.1.1 shows the document's A again.
    expect(rowValues(s, 0, 1, "1.1.1")).toMatchObject({ level: "A", levelPending: false });
  });

  test("a bulk draft may bring activities; those equal to the document are not pending", () => {
    let s = loaded();
    s = editorReducer(s, {
      type: "applyDraft",
      livret: 0,
      pfmp: 1,
      levels: { "1.1.2": "NE", "1.1.3": "NE" },
      activities: { "1.1.1": "Vente en magasin", "1.1.2": "Caisse" },
    });
    expect(s.pending[0]).toEqual({
      periods: {
        "1": { levels: { "1.1.2": "NE", "1.1.3": "NE" }, activities: { "1.1.2": "Caisse" } },
      },
    });
    expect(rowValues(s, 0, 1, "1.1.3").draft).toBe(true);
    // One bulk action is one undo step.
    expect(editorReducer(s, { type: "undo" }).pending[0]).toBeUndefined();
  });

  test("texts differing only by spaces are not unsaved and are not sent; others are sent trimmed", () => {
    let s = loaded();
    s = editorReducer(s, {
      type: "setPeriodField",
      livret: 0,
      pfmp: 1,
      field: "company",
      value: "Boulangerie  Dupain ",
    });
    s = editorReducer(s, {
      type: "setActivity",
      livret: 0,
      pfmp: 1,
      key: "1.1.1",
      text: " Vente en magasin",
    });
    s = editorReducer(s, { type: "setStudent", livret: 0, field: "lastName", value: "MARTIN " });
    // Still in the fields (the teacher may go on typing), but nothing to save.
    expect(s.pending[0]).toBeDefined();
    expect(unsavedCount(s, 0)).toBe(0);
    expect(dataToSave(s, 0)).toBeUndefined();
    expect(livretsToSave(s)).toEqual([]);
    expect(rowValues(s, 0, 1, "1.1.1").activityPending).toBe(false);
    s = editorReducer(s, { type: "setStudent", livret: 0, field: "firstName", value: " Léna " });
    s = editorReducer(s, { type: "setLevel", livret: 1, pfmp: 1, key: "1.1.1", level: "D" });
    expect(dataToSave(s, 0)).toEqual({ student: { firstName: "Léna" } });
    expect(livretsToSave(s)).toEqual([0, 1]);
    expect(totalUnsaved(s)).toBe(2);
  });
});
