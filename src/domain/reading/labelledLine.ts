import { isPlaceholder } from "../detection/normaliseLabel";

/** The value of a "Label : value" line ("Nom : MARTIN" → "MARTIN"); placeholders read as "". */
export function lineValue(text: string): string {
  const colon = text.indexOf(":");
  const value = (colon < 0 ? "" : text.slice(colon + 1)).trim();
  return isPlaceholder(value) ? "" : value.replace(/^[.…\s]+|[.…\s]+$/g, "").trim();
}

/** The line with a new value, keeping its label: "Nom : ……" + "MARTIN" → "Nom : MARTIN". */
export function withLineValue(text: string, label: string, value: string): string {
  const colon = text.indexOf(":");
  const head = colon < 0 ? `${label} :` : text.slice(0, colon + 1);
  return value === "" ? `${head} ` : `${head} ${value}`;
}
