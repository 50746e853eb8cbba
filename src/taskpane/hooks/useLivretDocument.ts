import * as React from "react";
import type { LivretData } from "../../domain/livretData";
import type { DocumentPort } from "../../services/documentPort";
import { isLivretError } from "../../shared/livretError";
import { describeWrite } from "../describeWrite";
import { editorReducer } from "../state/editorReducer";
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
  readonly save: (livret: number) => Promise<void>;
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
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

  const save = async (livret: number): Promise<void> => {
    const data: LivretData | undefined = state.pending[livret];
    if (data === undefined) return;
    // Writes are described with the map they were planned on (the one `load` returned).
    const map = state.snapshot?.map.livrets.find((l) => l.index === livret);
    setBusy(true);
    setNotice(null);
    try {
      const report = await port.save(livret, data);
      const snapshot = await port.load();
      dispatch({ type: "saved", livret, snapshot });
      const n = report.writes.length;
      setNotice({
        kind: "success",
        text:
          n === 0
            ? "Rien à écrire : le document contenait déjà ces valeurs."
            : `Enregistré dans le document : ${n} paragraphe${n > 1 ? "s" : ""} modifié${n > 1 ? "s" : ""}.`,
        lines: report.writes.map((w) => describeWrite(map, w)),
      });
    } catch (error) {
      if (isLivretError(error) && error.code === "DocumentChanged") {
        // Nothing was written (DocumentPort contract): read again, keep the teacher's changes.
        try {
          const snapshot = await port.load();
          dispatch({ type: "loaded", snapshot });
        } catch (reloadError) {
          setStatus("failed");
          setNotice({ kind: "error", text: `Relecture impossible : ${errorText(reloadError)}` });
          return;
        }
        setNotice({
          kind: "warning",
          text:
            "Le document a été modifié depuis sa lecture : rien n’a été écrit. Il vient d’être relu ; " +
            "vos modifications sont conservées, vérifiez-les puis enregistrez à nouveau.",
        });
      } else {
        setNotice({ kind: "error", text: `Enregistrement impossible : ${errorText(error)}` });
      }
    } finally {
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
  };
}
