import type { FormDefinition } from "./types";
import { allFields } from "./engine";
import { unknownName } from "./types";
import { plainText } from "../validation/rules";

const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? plainText(v) : "");

/**
 * A posted form (with or without JavaScript) as the raw answers the schema reads: only the fields
 * the definition names, strings without control characters and cut at a sane length, group rows from "group.0.field" names.
 */
export function valuesFromFormData(def: FormDefinition, fd: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of allFields(def)) {
    if (f.type === "group") {
      const rows: Record<string, string | string[]>[] = [];
      for (let i = 0; i < f.max; i++) {
        const prefix = `${f.name}.${i}.`;
        if (!f.fields.some((c) => fd.has(prefix + c.name) || fd.has(prefix + unknownName(c.name)))) continue;
        const row: Record<string, string | string[]> = {};
        for (const c of f.fields) {
          row[c.name] =
            c.type === "checkbox"
              ? fd
                  .getAll(prefix + c.name)
                  .filter((v): v is string => typeof v === "string")
                  .map((v) => plainText(v, 200))
              : text(fd.get(prefix + c.name));
          if (c.type === "date" && c.unknownParts)
            row[unknownName(c.name)] = text(fd.get(prefix + unknownName(c.name))) || "none";
        }
        rows.push(row);
      }
      out[f.name] = rows;
    } else if (f.type === "checkbox") {
      out[f.name] = fd
        .getAll(f.name)
        .filter((v): v is string => typeof v === "string")
        .map((v) => plainText(v, 200))
        .slice(0, f.options.length);
    } else {
      out[f.name] = text(fd.get(f.name));
      if (f.type === "date" && f.unknownParts) out[unknownName(f.name)] = text(fd.get(unknownName(f.name))) || "none";
    }
  }
  return out;
}

/** The button that sent the form: name="intent" (continue, commit, back, edit:field …). */
export function intentOf(fd: FormData): string {
  return text(fd.get("intent")).slice(0, 200);
}
