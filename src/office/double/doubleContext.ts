import { DoubleOfficeError } from "./officeError";
import type { WordState } from "./wordState";

/** An action queued on a request context; returns what to apply to proxies once the batch succeeds. */
export type QueuedAction = (state: WordState) => (() => void) | void;

/** What a context needs from its double: the document and the round-trip counter. */
export interface DoubleHost {
  readonly state: WordState;
  countSync(): void;
}

/**
 * The request context's queue (MODEL: "sync() runs any commands that are queued on the request
 * context and retrieves values for any properties that should be loaded"). Nothing touches the
 * document before `sync()`; at `sync()` the actions run in the order they were queued, loads see
 * the writes queued before them, and the first failing action fails the whole batch with nothing of
 * it applied (undo log in `WordState`) and no loaded value delivered.
 *
 * Whether real Word keeps the actions that ran before the failing one is not documented; the double
 * takes the all-or-nothing reading by default (`DoublePolicy.failedBatchKeepsEarlierWrites`).
 * `OfficeDocumentPort` does not depend on it: after a failed write batch it re-reads and reports
 * which writes landed. The response ceiling (`DoublePolicy.responseCeilingBytes`) is checked once
 * every action has run, as a host does when it assembles the response.
 */
export class DoubleContext {
  private queue: { readonly location: string; readonly action: QueuedAction }[] = [];
  readonly host: DoubleHost;

  constructor(host: DoubleHost) {
    this.host = host;
  }

  enqueue(location: string, action: QueuedAction): void {
    this.queue.push({ location, action });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    this.host.countSync();
    const batch = this.queue;
    this.queue = [];
    // A round trip is asynchronous in Word; never resolve synchronously.
    await Promise.resolve();
    const state = this.host.state;
    const deliveries: (() => void)[] = [];
    state.beginBatch();
    try {
      for (const { location, action } of batch) {
        try {
          const deliver = action(state);
          if (deliver !== undefined) deliveries.push(deliver);
        } catch (error) {
          if (error instanceof DoubleOfficeError) throw error;
          // Anything else is Word failing internally: GeneralException at the action.
          const wrapped = new DoubleOfficeError("GeneralException", String(error), location);
          (wrapped as { cause?: unknown }).cause = error;
          throw wrapped;
        }
      }
      state.checkResponse();
    } catch (error) {
      state.rollbackBatch();
      throw error;
    }
    state.commitBatch();
    for (const deliver of deliveries) deliver();
  }
}
