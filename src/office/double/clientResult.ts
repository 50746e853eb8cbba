import { valueNotLoaded } from "./officeError";

/** `OfficeExtension.ClientResult<T>`: its `value` exists only after the sync that computes it. */
export class DoubleClientResult<T> {
  private readonly location: string;
  private hasValue = false;
  private result: T | undefined;

  constructor(location: string) {
    this.location = location;
  }

  get value(): T {
    if (!this.hasValue) throw valueNotLoaded(this.location);
    return this.result as T;
  }

  deliver(value: T): void {
    this.result = value;
    this.hasValue = true;
  }
}
