import * as React from "react";
import type { DocumentWrite } from "../../domain/detection/livretMap";
import type { DocumentPort, SaveProgress } from "../../services/documentPort";
import { isLivretError } from "../../shared/livretError";
import { describeWrite } from "../describeWrite";
import { portFailureText } from "../teacherMessage";
import { editorReducer } from "../state/editorReducer";
import { dataToSave, livretsToSave } from "../state/editorSelectors";
import { initialEditorState, type EditorAction, type EditorState } from "../state/editorState";

export type LoadStatus = "loading" | "ready" | "noLivret" | "failed";

export interface Notice {
  readonly kind: "success" | "warning" | "error";
  readonly text: string;
  /** Lines listed under the text (what was written). */
  readonly lines?: readonly string[];
}

export interface LivretDocument {
  readonly state: EditorState;
  readonly dispatch: React.Dispatch<EditorAction>;
  readonly status: LoadStatus;
  readonly busy: boolean;
  readonly notice: Notice | null;
  readonly dismissNotice: () => void;
  readonly reload: () => Promise<void>;
  /** Saves every livret with pending changes (a class file: every pupil); true when all landed. */
  readonly save: () => Promise<boolean>;
  /** Writes done so far during a save (slow hosts write in chunks), null when not saving. */
  readonly progress: SaveProgress | null;
}

function errorText(error: unknown): string {
  return portFailureText(error);
}

/**
 * The pane's session with one document: load on mount, reload, and save through the port only.
 * A save sends the livret's pending changes in one `port.save` (≤ 2 syncs), then reads the
 * document again so "Dans le document" shows what Word really holds.
 */
export function useLivretDocument(port: DocumentPort): LivretDocument {
  const [state, dispatch] = React.useReducer(editorReducer, initialEditorState);
  const [status, setStatus] = React.useState<LoadStatus>("loading");
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [progress, setProgress] = React.useState<SaveProgress | null>(null);

  const reload = React.useCallback(async (): Promise<void> => {
    setBusy(true);
    try {
      const snapshot = await port.load();
      dispatch({ type: "loaded", snapshot });
      setStatus(snapshot.map.livrets.length === 0 ? "noLivret" : "ready");
    } catch (error) {
      if (isLivretError(error) && error.code === "NoLivretFound") {
        setStatus("noLivret");
      } else {
        setStatus("failed");
        setNotice({ kind: "error", text: `Lecture du document impossible : ${errorText(error)}` });
      }
    } finally {
      setBusy(false);
    }
  }, [port]);

  React.useEffect(() => {
    void reload();
  }, [reload]);

  const save = async (): Promise<boolean> => {
    const livrets = livretsToSave(state);
    if (livrets.length === 0) return true;
    setBusy(true);
    setNotice(null);
    const lines: string[] = [];
    let written = 0;
    let saved = 0;
    const several = livrets.length > 1;
    try {
      for (const livret of livrets) {
        const data = dataToSave(state, livret);
        if (data === undefined) continue;
        // Writes are described with the map they were planned on (the one `load` returned).
        const map = state.snapshot?.map.livrets.find((l) => l.index === livret);
        setProgress({ done: 0, total: 0 });
        const report = await port.save(livret, data, { onProgress: setProgress });
        saved += 1;
        written += report.writes.length;
        const prefix = several ? `Livret ${livret + 1} · ` : "";
        const writes: readonly DocumentWrite[] = report.writes;
        lines.push(...writes.map((w) => prefix + describeWrite(map, w)));
      }
      const snapshot = await port.load();
      for (const livret of livrets) dispatch({ type: "saved", livret, snapshot });
      setNotice({
        kind: "success",
        text:
          written === 0
            ? "Rien à écrire : le document contenait déjà ces valeurs."
            : `Enregistré dans le document : ${written} paragraphe${written > 1 ? "s" : ""} modifié${written > 1 ? "s" : ""}` +
              (several ? ` (${saved} livrets).` : "."),
        lines,
      });
      return true;
    } catch (error) {
      // What was saved before the failure is in the document: read it again so that only the
      // rest stays pending (nothing is lost or written twice on retry).
      let snapshotError: unknown = null;
      try {
        const snapshot = await port.load();
        dispatch({ type: "loaded", snapshot });
      } catch (reloadError) {
        snapshotError = reloadError;
      }
      if (snapshotError !== null) {
        setStatus("failed");
        setNotice({ kind: "error", text: `Relecture impossible : ${errorText(snapshotError)}` });
      } else if (isLivretError(error) && error.code === "DocumentChanged") {
        setNotice({
          kind: "warning",
          text:
            (saved === 0
              ? "Le document a été modifié depuis sa lecture : rien n’a été écrit. "
              : `Le document a été modifié depuis sa lecture : ${saved} livret${saved > 1 ? "s" : ""} enregistré${saved > 1 ? "s" : ""}, pas les suivants. `) +
            "Il vient d’être relu ; vos modifications non enregistrées sont conservées, vérifiez-les puis enregistrez à nouveau.",
          lines,
        });
      } else {
        setNotice({
          kind: "error",
          text:
            `Enregistrement impossible : ${errorText(error)}` +
            (saved > 0
              ? ` (${saved} livret${saved > 1 ? "s" : ""} enregistré${saved > 1 ? "s" : ""} avant l’erreur)`
              : "") +
            " Le document a été relu : ce qui reste à enregistrer est toujours affiché.",
          lines,
        });
      }
      return false;
    } finally {
      setProgress(null);
      setBusy(false);
    }
  };

  return {
    state,
    dispatch,
    status,
    busy,
    notice,
    dismissNotice: () => setNotice(null),
    reload,
    save,
    progress,
  };
}
