import { DoubleBody } from "./bodyProxy";
import type { DoubleContext } from "./doubleContext";
import { DoubleEntity } from "./doubleObject";
import type { DoubleObject, ScalarReaders } from "./doubleObject";
import { supportsWordApi } from "./doublePolicy";
import { apiNotFound } from "./officeError";

/** `Word.Document`: its body, its content controls and `changeTrackingMode` (WordApi 1.4). */
export class DoubleDocument extends DoubleEntity<true> {
  readonly typeName = "Document";
  protected readonly scalars: ScalarReaders<true> = {
    changeTrackingMode: (_, state) => {
      if (!supportsWordApi(state.policy, "1.4")) {
        throw apiNotFound("Document.changeTrackingMode", "WordApi 1.4");
      }
      return state.policy.changeTrackingMode;
    },
  };
  readonly body: DoubleBody;

  constructor(ctx: DoubleContext) {
    super(ctx, () => true);
    this.body = new DoubleBody(ctx, () => ({ container: null }));
  }

  /** "Gets the collection of content control objects in the document." (WordApi 1.1) */
  get contentControls() {
    return this.body.contentControls;
  }

  protected navigation(name: string): DoubleObject | undefined {
    if (name === "body") return this.body;
    if (name === "contentControls") return this.body.contentControls;
    return undefined;
  }

  get changeTrackingMode(): string {
    return this.loadedValue("changeTrackingMode");
  }
}
