import type { FieldDef, FormDefinition, FormValue, FormValues, Text } from "../forms/types";
import { unknownName } from "../forms/types";
import { initialValues, normalize } from "../forms/engine";
import { formFor, statusField } from "../forms/registry";

// 過去の申込から入力値を自動設定する (§8.3): a past application's answers fill a new form. From the
// same procedure everything but the declaration is taken; from another procedure of the same
// family only what means the same there: 身分事項, 所属機関 and 取次者 (and the 担当者 of an
// organization's forms). Fields are matched by name, as the definitions share names for the same
// item; a choice the new form does not offer is left empty.

/** Procedures whose forms share items: a past application of one can fill another. */
const FAMILIES: Record<string, string> = {
  coe: "residence",
  acquisition: "residence",
  change: "residence",
  extension: "residence",
  "work-certificate": "residence",
  "bulk-coe": "residence",
  "bulk-change": "residence",
  "bulk-extension": "residence",
  usage: "organization",
  "periodic-report": "organization",
  "receipt-change": "receipt-change",
};
/** Sections that mean the same in every form of a family. */
const SHARED_SECTIONS = new Set(["identity", "organization", "agent", "staff"]);
/** Answers about one application only: never carried to another procedure. */
const OWN_ANSWERS = new Set(["status", "reason", "desiredPeriod"]);
/** Confirmed anew for every application. */
const DECLARATION = "declaration";

/** The procedures whose past applications can fill this one's form. */
export function reusableFrom(procedureCode: string): string[] {
  const family = FAMILIES[procedureCode];
  return family ? Object.keys(FAMILIES).filter((c) => FAMILIES[c] === family) : [procedureCode];
}

export type ReuseSummary = {
  filled: { title: Text; count: number }[];
  notFilled: Text[];
};

const hasValue = (v: FormValue | undefined) =>
  Array.isArray(v) ? v.length > 0 : typeof v === "string" && v !== "" && v !== "none";

function fitsOptions(f: FieldDef, v: FormValue): boolean {
  if (!("options" in f)) return true;
  const ok = new Set(f.options.map((o) => o.value));
  return Array.isArray(v) ? (v as string[]).every((x) => ok.has(x)) : v === "" || ok.has(v as string);
}

/**
 * The new form's answers from a past application, and which sections were filled. `current` is
 * the draft as it stands: its chosen status stays when the procedures differ.
 */
export function reuseAnswers(
  from: { procedureCode: string; values: FormValues },
  to: { procedureCode: string; current: FormValues },
): { def: FormDefinition; values: FormValues; summary: ReuseSummary } | null {
  const same = from.procedureCode === to.procedureCode;
  if (!reusableFrom(to.procedureCode).includes(from.procedureCode)) return null;
  // Across procedures the status already chosen stays; with none yet, the past one if offered here.
  const offered = statusField(formFor(to.procedureCode) ?? { id: "", sections: [] })?.options ?? [];
  const status =
    same || (!to.current.status && offered.some((o) => o.value === from.values.status))
      ? from.values.status
      : to.current.status;
  const def = formFor(to.procedureCode, status);
  const source = formFor(from.procedureCode, from.values.status);
  if (!def || !source) return null;
  const sourceSection = new Map(source.sections.flatMap((s) => s.fields.map((f) => [f.name, s.id] as const)));
  const copied: FormValues = {};
  const counts = new Map<string, number>();
  for (const section of def.sections) {
    if (section.id === DECLARATION) continue;
    if (!same && !SHARED_SECTIONS.has(section.id)) continue;
    for (const f of section.fields) {
      if (f.type === "hidden" || !sourceSection.has(f.name)) continue;
      if (!same && (OWN_ANSWERS.has(f.name) || !SHARED_SECTIONS.has(sourceSection.get(f.name)!))) continue;
      const v = from.values[f.name];
      if (v === undefined || (f.type !== "group" && !fitsOptions(f, v))) continue;
      copied[f.name] = v;
      if (f.type === "date" && f.unknownParts && from.values[unknownName(f.name)])
        copied[unknownName(f.name)] = from.values[unknownName(f.name)];
    }
  }
  const values = normalize(def, {
    ...initialValues(def),
    ...(typeof status === "string" && status ? { status } : {}),
    ...copied,
  });
  for (const section of def.sections)
    counts.set(section.id, section.fields.filter((f) => f.name in copied && hasValue(values[f.name])).length);
  const titled = def.sections.filter((s) => s.title && s.id !== "overview" && s.id !== DECLARATION);
  return {
    def,
    values,
    summary: {
      filled: titled.filter((s) => counts.get(s.id)).map((s) => ({ title: s.title!, count: counts.get(s.id)! })),
      notFilled: titled.filter((s) => !counts.get(s.id)).map((s) => s.title!),
    },
  };
}
