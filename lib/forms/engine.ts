import { z } from "zod";
import type { Bilingual, CharClass, Condition, FieldDef, FormDefinition, FormValue, FormValues, GroupRow, LeafField } from "./types";
import { DATE_UNKNOWN, unknownName } from "./types";
import { isCorporateNumber, isEmail, isPhone, isPostalCode } from "../validation/rules";

/** A message is a key of the `engine` messages, optionally with one parameter: "maxLength:12". */
export type Issue = { path: string; message: string };

const charRules: Record<CharClass, RegExp> = {
  halfAlnum: /^[A-Za-z0-9]*$/,
  halfUpper: /^[A-Z]*$/,
  halfDigits: /^[0-9]*$/,
  fullWidth: /^[^\x00-\x7F\uFF61-\uFF9F]*$/,
  kana: /^[\u30A1-\u30FC\uFF66-\uFF9F]*$/,
};
const namedRules = { phone: isPhone, postalCode: isPostalCode, corporateNumber: isCorporateNumber, email: isEmail };

/** Classes where NFKC cannot change the meaning: full-width digits or letters become half-width. */
const nfkcClasses: CharClass[] = ["halfAlnum", "halfUpper", "halfDigits"];

export function leafFields(def: FormDefinition): FieldDef[] {
  return def.sections.flatMap((s) => s.fields);
}

function holds(c: Condition | undefined, values: FormValues): boolean {
  if (!c) return true;
  const v = values[c.field];
  return Array.isArray(v) ? v.some((x) => typeof x === "string" && c.in.includes(x)) : c.in.includes(String(v ?? ""));
}

export function isShown(f: FieldDef, values: FormValues): boolean {
  return holds(f.showWhen, values);
}

export function isRequired(f: FieldDef, values: FormValues): boolean {
  return !!f.required || (!!f.requiredWhen && holds(f.requiredWhen, values));
}

function normalizeText(f: LeafField, raw: unknown): string {
  let s = typeof raw === "string" ? raw : raw == null ? "" : String(raw);
  if (f.type === "textarea") return s.replace(/\r\n?/g, "\n").trim();
  if (f.type === "number" || f.type === "date" || (f.type === "text" && ((f.charClass && nfkcClasses.includes(f.charClass)) || f.rule))) s = s.normalize("NFKC");
  s = s.trim();
  if (f.type === "text" && f.spaces) s = s.replace(/\s+/g, " ");
  return s;
}

function normalizeLeaf(f: LeafField, raw: unknown): FormValue {
  if (f.type === "checkbox") return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === "string") : typeof raw === "string" && raw ? [raw] : [];
  return normalizeText(f, raw);
}

/** Trim and NFKC where safe; values of hidden fields are dropped, so they are never stored. */
export function normalize(def: FormDefinition, input: Record<string, unknown>): FormValues {
  const out: FormValues = {};
  for (const f of leafFields(def)) {
    if (f.type === "group") {
      const rows = Array.isArray(input[f.name]) ? (input[f.name] as unknown[]) : [];
      out[f.name] = rows.slice(0, f.max).map((r) => {
        const row: GroupRow = {};
        for (const c of f.fields) row[c.name] = normalizeText(c, (r as Record<string, unknown>)?.[c.name]);
        return row;
      });
      continue;
    }
    out[f.name] = normalizeLeaf(f, input[f.name]);
    if (f.type === "date" && f.unknownParts) out[unknownName(f.name)] = String(input[unknownName(f.name)] ?? "none");
  }
  for (const f of leafFields(def)) if (!isShown(f, out)) delete out[f.name];
  return out;
}

function realDate(s: string): Date | null {
  if (!/^\d{8}$/.test(s)) return null;
  const d = new Date(Date.UTC(+s.slice(0, 4), +s.slice(4, 6) - 1, +s.slice(6, 8)));
  return d.getUTCFullYear() === +s.slice(0, 4) && d.getUTCMonth() === +s.slice(4, 6) - 1 && d.getUTCDate() === +s.slice(6, 8) ? d : null;
}

function checkLeaf(f: LeafField, v: FormValue | undefined, required: boolean, values: FormValues, today: Date): string[] {
  if (f.type === "checkbox") {
    const list = (v as string[] | undefined) ?? [];
    if (required && list.length === 0) return ["requiredChoice"];
    return list.every((x) => f.options.some((o) => o.value === x)) ? [] : ["option"];
  }
  const s = typeof v === "string" ? v : "";
  if (f.type === "date" && f.unknownParts) {
    const mode = String(values[unknownName(f.name)] ?? "none");
    if (!(DATE_UNKNOWN as readonly string[]).includes(mode)) return ["option"];
    if (mode === "ymd") return [];
    if (mode === "md") return !s ? ["required"] : /^\d{4}$/.test(s) ? [] : ["dateYear"];
    if (mode === "d") return !s ? ["required"] : /^\d{6}$/.test(s) && +s.slice(4) >= 1 && +s.slice(4) <= 12 ? [] : ["dateYearMonth"];
  }
  if (!s) return required ? [f.type === "select" || f.type === "radio" ? "requiredChoice" : "required"] : [];
  switch (f.type) {
    case "select":
    case "radio":
      return f.options.some((o) => o.value === s) ? [] : ["option"];
    case "number": {
      if (!/^-?\d+$/.test(s)) return ["number"];
      const n = Number(s);
      if (f.min !== undefined && n < f.min) return [`numberMin:${f.min}`];
      if (f.max !== undefined && n > f.max) return [`numberMax:${f.max}`];
      return [];
    }
    case "date": {
      const d = realDate(s);
      if (!d) return ["date"];
      return f.past && d > today ? ["datePast"] : [];
    }
    case "textarea":
      return [...s].length > f.maxLength ? [`maxLength:${f.maxLength}`] : [];
    case "text": {
      const out: string[] = [];
      const len = [...s].length;
      if (f.charClass && !charRules[f.charClass].test(f.spaces ? s.replace(/ /g, "") : s)) out.push(`charClass_${f.charClass}`);
      if (f.exactLength !== undefined && len !== f.exactLength) out.push(`exactLength:${f.exactLength}`);
      if (f.maxLength !== undefined && len > f.maxLength) out.push(`maxLength:${f.maxLength}`);
      if (f.minLength !== undefined && len < f.minLength) out.push(`minLength:${f.minLength}`);
      if (f.rule && !out.length && !namedRules[f.rule](s)) out.push(f.rule);
      return out;
    }
  }
}

/** Every broken rule of already normalised values; paths match the form's field names. */
export function validate(def: FormDefinition, values: FormValues, today = new Date()): Issue[] {
  const issues: Issue[] = [];
  for (const f of leafFields(def)) {
    if (!isShown(f, values)) continue;
    const required = isRequired(f, values);
    if (f.type === "group") {
      const rows = (values[f.name] as GroupRow[] | undefined) ?? [];
      if (rows.length > f.max) issues.push({ path: f.name, message: `groupMax:${f.max}` });
      if (required && rows.length < Math.max(1, f.min ?? 1)) issues.push({ path: f.name, message: "required" });
      rows.forEach((row, i) => {
        for (const c of f.fields) for (const m of checkLeaf(c, row[c.name], isRequired(c, row), row, today)) issues.push({ path: `${f.name}.${i}.${c.name}`, message: m });
      });
      continue;
    }
    for (const m of checkLeaf(f, values[f.name], required, values, today)) issues.push({ path: f.name, message: m });
  }
  return issues;
}

/** The zod schema of a form: normalises, then checks every rule of the definition. */
export function formSchema(def: FormDefinition, extra?: (values: FormValues) => Issue[]) {
  return z
    .record(z.string(), z.unknown())
    .transform((input) => normalize(def, input))
    .superRefine((values, ctx) => {
      for (const i of [...validate(def, values), ...(extra?.(values) ?? [])]) ctx.addIssue({ code: "custom", path: i.path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message: i.message });
    });
}

export const pick = (b: Bilingual | undefined, lang: "ja" | "en") => (b ? b[lang] : "");

export type ReviewRow = { number?: string; label: string; value: string };

function display(f: LeafField, v: FormValue | undefined, lang: "ja" | "en", values: FormValues): string {
  if (f.type === "checkbox") return ((v as string[]) ?? []).map((x) => pick(f.options.find((o) => o.value === x)?.label, lang)).join("、");
  const s = typeof v === "string" ? v : "";
  if (f.type === "select" || f.type === "radio") return pick(f.options.find((o) => o.value === s)?.label, lang);
  if (f.type === "date") {
    const mode = f.unknownParts ? String(values[unknownName(f.name)] ?? "none") : "none";
    const unknown = { ymd: { ja: "年月日不詳", en: "Date unknown" }, md: { ja: "月日不詳", en: "Month and day unknown" }, d: { ja: "日不詳", en: "Day unknown" } }[mode];
    const shown = s.length === 8 ? `${s.slice(0, 4)}/${s.slice(4, 6)}/${s.slice(6)}` : s.length === 6 ? `${s.slice(0, 4)}/${s.slice(4)}` : s;
    return unknown ? [shown, pick(unknown, lang)].filter(Boolean).join(" ") : shown;
  }
  return s;
}

/** The answers as read back on 申込確認, in the print view and to officers: shown fields only. */
export function reviewRows(def: FormDefinition, values: FormValues, lang: "ja" | "en"): { title: string; rows: ReviewRow[] }[] {
  return def.sections.map((s) => ({
    title: pick(s.title, lang),
    rows: s.fields.filter((f) => isShown(f, values)).flatMap((f): ReviewRow[] => {
      if (f.type !== "group") return [{ number: f.number, label: pick(f.label, lang), value: display(f, values[f.name], lang, values) }];
      const rows = (values[f.name] as GroupRow[] | undefined) ?? [];
      return rows.flatMap((row, i) => f.fields.map((c) => ({ number: f.number, label: `${pick(f.label, lang)} ${i + 1} ${pick(c.label, lang)}`, value: display(c, row[c.name], lang, row) })));
    }),
  }));
}

/** Bulk CSV columns in form order; groups expand to their maximum number of rows. */
export function csvColumns(def: FormDefinition): { key: string; header: string }[] {
  return leafFields(def).flatMap((f) => {
    if (f.type !== "group") {
      const col = { key: f.name, header: f.csv ?? f.label.ja };
      return f.type === "date" && f.unknownParts ? [col, { key: unknownName(f.name), header: `${col.header}(不詳)` }] : [col];
    }
    return Array.from({ length: f.max }, (_, i) => f.fields.map((c) => ({ key: `${f.name}.${i}.${c.name}`, header: `${f.csv ?? f.label.ja}${i + 1}_${c.csv ?? c.label.ja}` }))).flat();
  });
}

/** Empty values for a new form, with any prefill the page provides. */
export function initialValues(def: FormDefinition, prefill: FormValues = {}): FormValues {
  const out: FormValues = {};
  for (const f of leafFields(def)) {
    out[f.name] = f.type === "checkbox" ? [] : f.type === "group" ? Array.from({ length: f.min ?? (f.required ? 1 : 0) }, () => Object.fromEntries(f.fields.map((c) => [c.name, ""]))) : "";
    if (f.type === "date" && f.unknownParts) out[unknownName(f.name)] = "none";
  }
  return { ...out, ...prefill };
}
