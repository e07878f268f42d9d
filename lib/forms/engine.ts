import type {
  CharClass,
  Condition,
  FieldDef,
  FormDefinition,
  FormValue,
  FormValues,
  GroupRow,
  LeafField,
  Text,
  TextRule,
} from "./types";
import { tallies, type Tally } from "./points";
import { DATE_UNKNOWN, unknownName } from "./types";
import {
  isCorporateNumber,
  isEmail,
  isNameRoman,
  isPhone,
  isPostalCode,
  isResidenceCardNumber,
  isSupportOrgNumber,
  isYearMonth,
  passwordProblems,
  toFullWidth,
  toHalfWidth,
  toSupportOrgNumber,
} from "../validation/rules";

/**
 * A broken rule: the field's path and a message key of the "validation" messages, with its
 * parameters as a query string: "required", "maxLength?n=12".
 */
export type Issue = { path: string; message: string };

export const message = (key: string, params?: Record<string, string | number>) =>
  params ? `${key}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}` : key;

const charRules: Record<CharClass, RegExp> = {
  halfAlnum: /^[A-Za-z0-9]*$/,
  halfUpper: /^[A-Z]*$/,
  halfDigits: /^[0-9]*$/,
  fullWidth: /^[^\x00-\x7F\uFF61-\uFF9F]*$/,
  kana: /^[\u30A1-\u30FC\uFF66-\uFF9F]*$/,
};
const namedRules: Record<Exclude<TextRule, "password">, (s: string) => boolean> = {
  phone: isPhone,
  postalCode: isPostalCode,
  corporateNumber: isCorporateNumber,
  email: isEmail,
  nameRoman: isNameRoman,
  residenceCard: isResidenceCardNumber,
  yearMonth: isYearMonth,
  supportOrgNumber: isSupportOrgNumber,
};

/** Classes where NFKC cannot change the meaning: full-width digits or letters become half-width. */
const nfkcClasses: CharClass[] = ["halfAlnum", "halfUpper", "halfDigits"];

/** Every field of the form, in order. */
export function allFields(def: FormDefinition): FieldDef[] {
  return def.sections.flatMap((s) => s.fields);
}

function valueOf(name: string, values: FormValues, row?: GroupRow): FormValue | undefined {
  return row && name in row ? row[name] : values[name];
}

/** A condition holds for the form's answers; inside a group row, the row's own answers come first. */
export function holds(c: Condition | undefined, values: FormValues, row?: GroupRow): boolean {
  if (!c) return true;
  if ("all" in c) return c.all.every((x) => holds(x, values, row));
  if ("any" in c) return c.any.some((x) => holds(x, values, row));
  if ("not" in c) return !holds(c.not, values, row);
  if ("filled" in c) {
    const v = valueOf(c.filled, values, row);
    return Array.isArray(v) ? v.length > 0 : !!v;
  }
  const v = valueOf(c.field, values, row);
  const list = Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [String(v ?? "")];
  if ("in" in c) return list.some((x) => c.in.includes(x));
  if ("notIn" in c) return !list.some((x) => c.notIn.includes(x));
  // Dates compare as YYYYMMDD; an unfinished or unreal date compares as nothing.
  const date = realDate(list[0] ?? "") ? list[0] : null;
  const bound = "before" in c ? c.before : c.after;
  const other = bound === "today" ? ymdOf(new Date()) : bound;
  if (!date || !realDate(other)) return false;
  return "before" in c ? date < other : date > other;
}

const ymdOf = (d: Date) =>
  `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, "0")}${String(d.getDate()).padStart(2, "0")}`;

export function isShown(f: FieldDef, values: FormValues, row?: GroupRow): boolean {
  return f.type === "hidden" || holds(f.showWhen, values, row);
}

export function isRequired(f: FieldDef, values: FormValues, row?: GroupRow): boolean {
  return !!f.required || (!!f.requiredWhen && holds(f.requiredWhen, values, row));
}

function normalizeText(f: LeafField, raw: unknown): string {
  let s = typeof raw === "string" ? raw : raw == null ? "" : String(raw);
  if (f.type === "text" && f.input === "password") return s;
  if (f.type === "textarea") return s.replace(/\r\n?/g, "\n").trim();
  if (
    f.type === "number" ||
    f.type === "date" ||
    (f.type === "text" && ((f.charClass && nfkcClasses.includes(f.charClass)) || f.rule))
  )
    s = toHalfWidth(s);
  s = s.trim();
  // 全角 items (住所, 名称): half-width letters, digits and kana typed (or filled from the profile) mean the same.
  if (f.type === "text" && f.charClass === "fullWidth") s = toFullWidth(s);
  if (f.type === "text" && f.spaces) s = s.replace(/\s+/g, " ");
  if (f.type === "text" && f.rule === "email") s = s.toLowerCase();
  // Card numbers are printed in capitals: typed in lower case or full width they mean the same.
  if (f.type === "text" && f.rule === "residenceCard") s = s.toUpperCase();
  if (f.type === "text" && f.rule === "supportOrgNumber") s = toSupportOrgNumber(s);
  return s;
}

function normalizeLeaf(f: LeafField, raw: unknown): FormValue {
  if (f.type === "checkbox")
    return Array.isArray(raw)
      ? raw.filter((x): x is string => typeof x === "string")
      : typeof raw === "string" && raw
        ? [raw]
        : [];
  return normalizeText(f, raw);
}

/** Trim and NFKC where safe; values of hidden-by-condition fields are dropped, so never stored. */
export function normalize(def: FormDefinition, input: Record<string, unknown>): FormValues {
  const out: FormValues = {};
  for (const f of allFields(def)) {
    if (f.type === "hidden") {
      out[f.name] = typeof input[f.name] === "string" ? (input[f.name] as string) : "";
      continue;
    }
    if (f.type === "group") {
      const rows = Array.isArray(input[f.name]) ? (input[f.name] as unknown[]) : [];
      out[f.name] = rows.slice(0, f.max).map((r) => {
        const raw = (r ?? {}) as Record<string, unknown>;
        const row: GroupRow = {};
        for (const c of f.fields) {
          row[c.name] = normalizeLeaf(c, raw[c.name]) as string | string[];
          if (c.type === "date" && c.unknownParts)
            row[unknownName(c.name)] = String(raw[unknownName(c.name)] ?? "none");
        }
        return row;
      });
      continue;
    }
    out[f.name] = normalizeLeaf(f, input[f.name]);
    if (f.type === "date" && f.unknownParts) out[unknownName(f.name)] = String(input[unknownName(f.name)] ?? "none");
  }
  for (const f of allFields(def)) {
    if (!isShown(f, out)) delete out[f.name];
    else if (f.type === "group")
      out[f.name] = (out[f.name] as GroupRow[]).map((row) =>
        Object.fromEntries(
          Object.entries(row).filter(([k]) => {
            const c = f.fields.find((x) => x.name === k || unknownName(x.name) === k);
            return !c || isShown(c, out, row);
          }),
        ),
      );
  }
  return out;
}

/** A real calendar date from YYYYMMDD, or null. */
export function realDate(s: string): Date | null {
  if (!/^\d{8}$/.test(s)) return null;
  const d = new Date(Date.UTC(+s.slice(0, 4), +s.slice(4, 6) - 1, +s.slice(6, 8)));
  return d.getUTCFullYear() === +s.slice(0, 4) &&
    d.getUTCMonth() === +s.slice(4, 6) - 1 &&
    d.getUTCDate() === +s.slice(6, 8)
    ? d
    : null;
}

function checkLeaf(
  f: LeafField,
  v: FormValue | undefined,
  required: boolean,
  values: FormValues,
  today: Date,
): string[] {
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
    if (mode === "d")
      return !s ? ["required"] : /^\d{6}$/.test(s) && +s.slice(4) >= 1 && +s.slice(4) <= 12 ? [] : ["dateYearMonth"];
  }
  if (!s) return required ? [f.type === "select" || f.type === "radio" ? "requiredChoice" : "required"] : [];
  switch (f.type) {
    case "select":
    case "radio":
      return f.options.some((o) => o.value === s) ? [] : ["option"];
    case "number": {
      if (!/^-?\d+$/.test(s)) return ["number"];
      const n = Number(s);
      if (f.min !== undefined && n < f.min) return [message("numberMin", { n: f.min })];
      if (f.max !== undefined && n > f.max) return [message("numberMax", { n: f.max })];
      return [];
    }
    case "date": {
      const d = realDate(s);
      if (!d) return ["date"];
      return f.past && d > today ? ["datePast"] : [];
    }
    case "textarea":
      return [...s].length > f.maxLength ? [message("maxLength", { n: f.maxLength })] : [];
    case "text": {
      if (f.rule === "password") return passwordProblems(s).map((p) => `password_${p}`);
      const out: string[] = [];
      const len = [...s].length;
      if (f.charClass && !charRules[f.charClass].test(f.spaces ? s.replace(/ /g, "") : s))
        out.push(`charClass_${f.charClass}`);
      if (f.exactLength !== undefined && len !== f.exactLength) out.push(message("exactLength", { n: f.exactLength }));
      if (f.maxLength !== undefined && len > f.maxLength) out.push(message("maxLength", { n: f.maxLength }));
      if (f.minLength !== undefined && len < f.minLength) out.push(message("minLength", { n: f.minLength }));
      if (f.rule && !out.length && !namedRules[f.rule](s)) out.push(f.rule);
      return out;
    }
  }
}

/** Typed twice (メールアドレス（確認用）, パスワード（確認用）): the second must equal the first. */
function checkSame(f: LeafField, values: FormValues, row?: GroupRow): string[] {
  if (f.type !== "text" || !f.sameAs) return [];
  const mine = valueOf(f.name, values, row);
  return mine && mine !== valueOf(f.sameAs.field, values, row) ? [f.sameAs.message] : [];
}

/** Every broken rule of already normalised values; paths match the form's field names. */
export function validate(def: FormDefinition, values: FormValues, today = new Date()): Issue[] {
  const issues: Issue[] = [];
  for (const f of allFields(def)) {
    if (f.type === "hidden" || !isShown(f, values)) continue;
    const required = isRequired(f, values);
    if (f.type === "group") {
      const rows = (values[f.name] as GroupRow[] | undefined) ?? [];
      if (rows.length > f.max) issues.push({ path: f.name, message: message("groupMax", { n: f.max }) });
      if (required && rows.length < Math.max(1, f.min ?? 1)) issues.push({ path: f.name, message: "required" });
      rows.forEach((row, i) => {
        for (const c of f.fields) {
          if (!isShown(c, values, row)) continue;
          for (const m of [
            ...checkLeaf(c, row[c.name], isRequired(c, values, row), row, today),
            ...checkSame(c, values, row),
          ])
            issues.push({ path: `${f.name}.${i}.${c.name}`, message: m });
        }
      });
      continue;
    }
    for (const m of [...checkLeaf(f, values[f.name], required, values, today), ...checkSame(f, values)])
      issues.push({ path: f.name, message: m });
  }
  return [...issues, ...checkRules(def, values, today)];
}

const filled = (v: FormValue | undefined) => (Array.isArray(v) ? v.length > 0 : !!v);

/** The form's rules across fields; fields hidden by their conditions take no part. */
function checkRules(def: FormDefinition, values: FormValues, today: Date): Issue[] {
  const fields = new Map(allFields(def).map((f) => [f.name, f]));
  const shown = (name: string) => {
    const f = fields.get(name);
    return !!f && isShown(f, values);
  };
  const issues: Issue[] = [];
  for (const r of def.rules ?? []) {
    if (r.when && !holds(r.when, values)) continue;
    if (r.kind === "points") {
      const t = tallies[r.tally](values, today);
      if (shown(r.field) && !t.passes)
        issues.push({
          path: r.field,
          message: message(t.total >= t.threshold ? r.conditionMessage : r.message, {
            total: t.total,
            min: t.threshold,
          }),
        });
    } else if (r.kind === "oneRequired") {
      const present = r.fields.filter(shown);
      if (present.length && !present.some((n) => filled(values[n])))
        issues.push({ path: present[0], message: r.message });
    } else if (shown(r.first) && shown(r.then)) {
      const [a, b] = [String(values[r.first] ?? ""), String(values[r.then] ?? "")];
      if (r.kind === "allowedPairs") {
        if (a && b && !(r.allowed[a] ?? []).includes(b)) issues.push({ path: r.then, message: r.message });
      } else if (realDate(a) && realDate(b) && a > b) issues.push({ path: r.then, message: r.message });
    }
  }
  return issues;
}

/** The step a field belongs to (by its section), or null in a form without steps. */
export function stepOf(def: FormDefinition, fieldName: string): string | null {
  const section = def.sections.find((s) => s.fields.some((f) => f.name === fieldName));
  return def.steps?.find((st) => section && st.sections.includes(section.id))?.id ?? null;
}

/** The broken rules of one step: its fields' own, and rules across fields reported on them. */
export function validateStep(def: FormDefinition, values: FormValues, stepId: string, today = new Date()): Issue[] {
  return validate(def, values, today).filter((i) => stepOf(def, i.path.split(".")[0]) === stepId);
}

/** Steps that have something to fix, for the step list. */
export function stepsWithIssues(def: FormDefinition, values: FormValues, today = new Date()): string[] {
  const ids = new Set(validate(def, values, today).map((i) => stepOf(def, i.path.split(".")[0])));
  return (def.steps ?? []).map((s) => s.id).filter((id) => ids.has(id));
}

/** Issues as { path: [message…] }, the shape forms show. */
export function issuesToErrors(issues: { path: PropertyKey[] | string; message: string }[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const i of issues) {
    const key = typeof i.path === "string" ? i.path : i.path.map(String).join(".");
    const list = (errors[key || "_form"] ??= []);
    if (!list.includes(i.message)) list.push(i.message);
  }
  return errors;
}

/** Turns a definition's texts into strings: Bilingual by language, message keys from a dictionary. */
export type Resolve = (t: Text | undefined) => string;
export function resolver(lang: string, dict: Record<string, string> = {}): Resolve {
  return (t) => (!t ? "" : "msg" in t ? (dict[t.msg] ?? t.msg) : lang === "ja" ? t.ja : t.en);
}

/** Every message key a definition's texts use, to resolve once on the server for the page. */
export function messageRefs(def: FormDefinition): string[] {
  const refs = new Set<string>();
  const add = (t?: Text) => t && "msg" in t && refs.add(t.msg);
  for (const s of def.sections) add(s.title);
  const visit = (f: FieldDef) => {
    if (f.type === "hidden") return;
    add(f.label);
    add(f.help);
    add(f.helpWhen?.text);
    if (f.type === "select" || f.type === "radio" || f.type === "checkbox") f.options.forEach((o) => add(o.label));
    if (f.type === "group") f.fields.forEach(visit);
  };
  allFields(def).forEach(visit);
  return [...refs];
}

export type ReviewRow = { field: string; number?: string; label: string; value: string };

function display(f: LeafField, v: FormValue | undefined, tx: Resolve, lang: string, values: FormValues): string {
  if (f.type === "checkbox")
    return ((v as string[]) ?? [])
      .map((x) => tx(f.options.find((o) => o.value === x)?.label))
      .join(lang === "ja" ? "、" : ", ");
  const s = typeof v === "string" ? v : "";
  if (f.type === "select" || f.type === "radio") return tx(f.options.find((o) => o.value === s)?.label);
  if (f.type === "date") {
    const mode = f.unknownParts ? String(values[unknownName(f.name)] ?? "none") : "none";
    const unknown = {
      ymd: { ja: "年月日不詳", en: "Date unknown" },
      md: { ja: "月日不詳", en: "Month and day unknown" },
      d: { ja: "日不詳", en: "Day unknown" },
    }[mode];
    const shown =
      s.length === 8
        ? `${s.slice(0, 4)}/${s.slice(4, 6)}/${s.slice(6)}`
        : s.length === 6
          ? `${s.slice(0, 4)}/${s.slice(4)}`
          : s;
    return unknown ? [shown, lang === "ja" ? unknown.ja : unknown.en].filter(Boolean).join(" ") : shown;
  }
  return s;
}

/** A tally read back: each subtotal, then the total against its threshold, in words. */
function tallyRows(section: string, t: Tally, tx: Resolve, lang: string): ReviewRow[] {
  const pts = (n: number) => (lang === "ja" ? `${n}点` : `${n} points`);
  return [
    ...t.subtotals.map((x) => ({ field: `${section}.${x.id}`, label: tx(x.label), value: pts(x.points) })),
    {
      field: `${section}.total`,
      label: tx({ ja: "合計", en: "Total" }),
      value:
        lang === "ja"
          ? `${pts(t.total)}（${t.threshold}点以上が必要：${t.passes ? "満たしています" : "満たしていません"}）`
          : `${pts(t.total)} (${t.threshold} or more needed: ${t.passes ? "met" : "not met"})`,
    },
  ];
}

/**
 * The answers as read back (check answers, 申込確認, the print view, officers): shown fields only,
 * each row naming its field so a 変更 link can lead back to it.
 */
export function reviewRows(
  def: FormDefinition,
  values: FormValues,
  tx: Resolve,
  lang: string,
  masked = "********",
  /** The day a tally's age-dependent points are counted for (the day of application). */
  today = new Date(),
): { title: string; rows: ReviewRow[] }[] {
  return def.sections
    .map((s) => ({
      title: tx(s.title),
      rows: [
        ...s.fields
          .filter((f) => f.type !== "hidden" && f.review !== "hidden" && isShown(f, values))
          .flatMap((f): ReviewRow[] => {
            if (f.type === "hidden") return [];
            if (f.type !== "group")
              return [
                {
                  field: f.name,
                  number: f.number,
                  label: tx(f.label),
                  value: f.review === "masked" ? masked : display(f, values[f.name], tx, lang, values),
                },
              ];
            const rows = (values[f.name] as GroupRow[] | undefined) ?? [];
            return rows.flatMap((row, i) =>
              f.fields
                .filter((c) => isShown(c, values, row))
                .map((c) => ({
                  field: `${f.name}.${i}.${c.name}`,
                  number: f.number,
                  label: `${tx(f.label)} ${i + 1} ${tx(c.label)}`,
                  value: display(c, row[c.name], tx, lang, row),
                })),
            );
          }),
        ...(s.tally ? tallyRows(s.id, tallies[s.tally](values, today), tx, lang) : []),
      ],
    }))
    .filter((s) => s.rows.length > 0);
}

/** Empty values for a new form, with any prefill the page provides. */
export function initialValues(def: FormDefinition, prefill: FormValues = {}): FormValues {
  const out: FormValues = {};
  for (const f of allFields(def)) {
    out[f.name] =
      f.type === "checkbox"
        ? []
        : f.type === "group"
          ? Array.from({ length: f.min ?? (f.required ? 1 : 0) }, () =>
              Object.fromEntries(f.fields.map((c) => [c.name, ""])),
            )
          : "";
    if (f.type === "date" && f.unknownParts) out[unknownName(f.name)] = "none";
  }
  return { ...out, ...prefill };
}
