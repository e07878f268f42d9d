import type { Option } from "./types";

/** Full-width and half-width, upper and lower case, hiragana and katakana all match the same. */
export function foldForSearch(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The options a typed text finds, for the combobox of long lists (国籍・地域 …): those whose
 * Japanese or English name starts with the text come first, then those that contain it, each in
 * list order. An empty text finds everything.
 */
export function findOptions(options: Option[], typed: string): Option[] {
  const q = foldForSearch(typed);
  if (!q) return options;
  const names = (o: Option) => ("msg" in o.label ? [o.value] : [o.label.ja, o.label.en]).map(foldForSearch);
  const starts = options.filter((o) => names(o).some((n) => n.startsWith(q)));
  const contains = options.filter((o) => !starts.includes(o) && names(o).some((n) => n.includes(q)));
  return [...starts, ...contains];
}

/**
 * The option a finished text names exactly: its Japanese or English name, both as shown, or its
 * value (業務区分 are shown with their field, 「外食業：外食業全般」, and may be typed without it).
 */
export function exactOption(options: Option[], typed: string): Option | undefined {
  const q = foldForSearch(typed);
  if (!q) return undefined;
  return options.find((o) => {
    if ("msg" in o.label) return foldForSearch(o.value) === q;
    return [o.value, o.label.ja, o.label.en, `${o.label.ja} ${o.label.en}`].some((n) => foldForSearch(n) === q);
  });
}
