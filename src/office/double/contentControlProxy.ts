import { W, W_NS, elementChildren, firstW, isW } from "../../docx/wml";
import { checkboxOf, contentControlId, isCheckedBox, setCheckbox } from "../checkboxXml";
import type { DoubleContext } from "./doubleContext";
import { DoubleEntity, DoubleListCollection } from "./doubleObject";
import type { DoubleObject, Resolver, ScalarReaders } from "./doubleObject";
import { supportsWordApi } from "./doublePolicy";
import { apiNotFound, itemNotFound } from "./officeError";

function contentControlType(sdt: Element): string {
  const sdtPr = firstW(sdt, W.sdtPr);
  if (checkboxOf(sdt) !== null) return "CheckBox";
  if (sdtPr === null) return "RichText";
  if (firstW(sdtPr, "text") !== null) return "PlainText";
  if (firstW(sdtPr, "dropDownList") !== null) return "DropDownList";
  if (firstW(sdtPr, "comboBox") !== null) return "ComboBox";
  if (firstW(sdtPr, "date") !== null) return "DatePicker";
  if (firstW(sdtPr, "picture") !== null) return "Picture";
  return "RichText";
}

/** Every `w:sdt` inside `container` in document order, text boxes excluded. */
export function contentControlsIn(container: Element): Element[] {
  const out: Element[] = [];
  const visit = (node: Element) => {
    for (const c of elementChildren(node)) {
      if (isW(c, W.txbxContent)) continue;
      if (isW(c, W.sdt)) out.push(c);
      visit(c);
    }
  };
  visit(container);
  return out;
}

/** `Word.CheckboxContentControl` (WordApi 1.7). */
export class DoubleCheckbox extends DoubleEntity<Element> {
  readonly typeName = "CheckboxContentControl";
  protected readonly scalars: ScalarReaders<Element> = {
    isChecked: (sdt) => isCheckedBox(sdt),
  };

  constructor(ctx: DoubleContext, resolver: Resolver<Element>) {
    super(ctx, (state) => {
      if (!supportsWordApi(state.policy, "1.7")) {
        throw apiNotFound("ContentControl.checkboxContentControl", "WordApi 1.7");
      }
      const sdt = resolver(state);
      return sdt !== null && checkboxOf(sdt) !== null ? sdt : null;
    });
  }

  get isChecked(): boolean {
    return this.loadedValue("isChecked");
  }

  /** A queued write, like every property set on an Office.js proxy. */
  set isChecked(checked: boolean) {
    const location = "CheckboxContentControl.isChecked";
    this.ctx.enqueue(location, (state) => {
      const sdt = this.resolveOrThrow(state, location);
      state.countWrite(location);
      for (let n: Node | null = sdt; n !== null; n = n.parentNode) {
        if (isW(n, W.p)) {
          state.willChange(n as Element);
          break;
        }
      }
      setCheckbox(sdt, checked);
    });
  }
}

/** `Word.ContentControl` (WordApi 1.1; `checkboxContentControl` 1.7), over its `w:sdt`. */
export class DoubleContentControl extends DoubleEntity<Element> {
  readonly typeName = "ContentControl";
  protected readonly scalars: ScalarReaders<Element> = {
    id: (sdt) => contentControlId(sdt),
    type: (sdt) => contentControlType(sdt),
    tag: (sdt) => firstW(firstW(sdt, W.sdtPr) ?? sdt, "tag")?.getAttributeNS(W_NS, "val") ?? "",
    title: (sdt) => firstW(firstW(sdt, W.sdtPr) ?? sdt, "alias")?.getAttributeNS(W_NS, "val") ?? "",
  };
  readonly checkboxContentControl: DoubleCheckbox;

  constructor(ctx: DoubleContext, resolver: Resolver<Element>, options?: { nullable?: boolean }) {
    super(ctx, resolver, options);
    this.checkboxContentControl = new DoubleCheckbox(ctx, (state) => this.resolve(state));
  }

  protected navigation(name: string): DoubleObject | undefined {
    return name === "checkboxContentControl" ? this.checkboxContentControl : undefined;
  }

  get id(): number {
    return this.loadedValue("id");
  }

  get type(): string {
    return this.loadedValue("type");
  }

  get tag(): string {
    return this.loadedValue("tag");
  }

  get title(): string {
    return this.loadedValue("title");
  }
}

export class DoubleContentControlCollection extends DoubleListCollection<
  Element,
  DoubleContentControl
> {
  readonly typeName = "ContentControlCollection";

  protected item(
    resolver: Resolver<Element>,
    options?: { nullable?: boolean },
  ): DoubleContentControl {
    return new DoubleContentControl(this.ctx, resolver, options);
  }

  private byId(id: number): Resolver<Element> {
    return (state) => this.resolveList(state)?.find((sdt) => contentControlId(sdt) === id) ?? null;
  }

  /** "Gets a content control by its identifier. Throws an ItemNotFound error if there isn't one." */
  getById(id: number): DoubleContentControl {
    const cc = new DoubleContentControl(this.ctx, this.byId(id));
    const location = "ContentControlCollection.getById";
    this.ctx.enqueue(location, (state) => {
      if (cc.resolve(state) === null) throw itemNotFound(location);
    });
    return cc;
  }

  getByIdOrNullObject(id: number): DoubleContentControl {
    return new DoubleContentControl(this.ctx, this.byId(id), { nullable: true });
  }
}
