import type { FormDefinition } from "./types";
import { allFields } from "./engine";

/**
 * Without JavaScript, +追加する and 削除 of a repeatable group are buttons of the form
 * (intent "add:group", "remove:group.2"): the answers with that row added or removed, and the field
 * to focus next; null when the intent is not about rows.
 */
export function applyRowIntent(
  def: FormDefinition,
  intent: string,
  raw: Record<string, unknown>,
): { values: Record<string, unknown>; focus: string } | null {
  const m = /^(add):(\w+)$/.exec(intent) ?? /^(remove):(\w+)\.(\d+)$/.exec(intent);
  const group = m && allFields(def).find((f) => f.type === "group" && f.name === m[2]);
  if (!m || !group || group.type !== "group") return null;
  const rows = Array.isArray(raw[group.name]) ? [...(raw[group.name] as unknown[])] : [];
  if (m[1] === "add") {
    if (rows.length >= group.max) return { values: raw, focus: group.name };
    rows.push(Object.fromEntries(group.fields.map((c) => [c.name, c.type === "checkbox" ? [] : ""])));
    return {
      values: { ...raw, [group.name]: rows },
      focus: `${group.name}.${rows.length - 1}.${group.fields[0].name}`,
    };
  }
  rows.splice(Number(m[3]), 1);
  return { values: { ...raw, [group.name]: rows }, focus: group.name };
}
