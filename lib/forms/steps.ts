import type { Condition, FieldDef, FormDefinition, FormRule, HiddenField, StepDef } from "./types";
import { ruleFields, unknownName } from "./types";
import { allFields } from "./engine";

// A long form in steps (申請人等情報 / 所属機関等情報 / …): each step is shown and posted as a form
// of its own, and the answers of all steps are kept together in the draft.

export function findStep(def: FormDefinition, id: string | undefined): StepDef | null {
  return def.steps?.find((s) => s.id === id) ?? null;
}

export function neighbourStep(def: FormDefinition, id: string, by: 1 | -1): StepDef | null {
  const steps = def.steps ?? [];
  return steps[steps.findIndex((s) => s.id === id) + by] ?? null;
}

function conditionFields(c: Condition | undefined, out: Set<string>) {
  if (!c) return;
  if ("all" in c) c.all.forEach((x) => conditionFields(x, out));
  else if ("any" in c) c.any.forEach((x) => conditionFields(x, out));
  else if ("not" in c) conditionFields(c.not, out);
  else out.add("filled" in c ? c.filled : c.field);
}

function referenced(fields: FieldDef[], rules: FormRule[]): Set<string> {
  const out = new Set<string>();
  for (const f of fields) {
    if (f.type === "hidden") continue;
    conditionFields(f.showWhen, out);
    conditionFields(f.requiredWhen, out);
    conditionFields(f.helpWhen?.when, out);
    if (f.type === "group")
      for (const c of f.fields) {
        conditionFields(c.showWhen, out);
        conditionFields(c.requiredWhen, out);
      }
  }
  for (const r of rules) {
    conditionFields(r.when, out);
    ruleFields(r).forEach((n) => out.add(n));
  }
  return out;
}

/**
 * One step as a form: its sections, and the answers of other steps its conditions read, carried as
 * hidden values so the browser decides what to show as the server does. Carried values are never
 * taken back from a posted step (see ownNames).
 */
export function stepForm(def: FormDefinition, step: StepDef): FormDefinition {
  const sections = def.sections.filter((s) => step.sections.includes(s.id));
  const own = new Set(sections.flatMap((s) => s.fields.map((f) => f.name)));
  // A rule belongs to the step of the field it reports on; the other answers it reads are carried.
  const rules = (def.rules ?? []).filter((r) =>
    r.kind === "oneRequired" ? r.fields.every((n) => own.has(n)) : own.has(r.kind === "points" ? r.field : r.then),
  );
  const carried: HiddenField[] = [
    ...referenced(
      sections.flatMap((s) => s.fields),
      rules,
    ),
  ]
    .filter((n) => !own.has(n) && allFields(def).some((f) => f.name === n))
    .map((name) => ({ type: "hidden", name }));
  return {
    id: `${def.id}:${step.id}`,
    sections: carried.length ? [...sections, { id: "carried", fields: carried }] : sections,
    rules,
    attachments: step.attachments ? def.attachments : undefined,
  };
}

/** The answer names a posted step may set: its own fields (and their 不詳 companions), nothing carried. */
export function ownNames(stepDef: FormDefinition): string[] {
  return allFields(stepDef).flatMap((f) =>
    f.type === "hidden" ? [] : f.type === "date" && f.unknownParts ? [f.name, unknownName(f.name)] : [f.name],
  );
}

/** The draft's answers with one step's posted answers put in. */
export function mergeStep(
  stepDef: FormDefinition,
  saved: Record<string, unknown>,
  posted: Record<string, unknown>,
): Record<string, unknown> {
  const out = { ...saved };
  for (const n of ownNames(stepDef)) if (n in posted) out[n] = posted[n];
  return out;
}
