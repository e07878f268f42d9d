import type { ChoiceField, FormDefinition } from "./types";
import { allFields } from "./engine";
import { usageForm } from "./definitions/usage";
import { receiptChangeForm } from "./definitions/receipt-change";
import { periodicReportForm } from "./definitions/periodic-report";
import { workCertificate } from "./definitions/residence/acquisition-work";
import { hspForms, residenceForms } from "./definitions/residence/forms";
import { HSP_STATUSES } from "./points";
import { simultaneousForms } from "./definitions/residence/simultaneous";
import { categoryOf } from "../procedures/statuses";

// Procedure code → its form. A residence procedure with a category part has one form per 区分:
// the status chosen first (希望する / 現に有する在留資格) picks it.
const forms: Record<string, FormDefinition> = {
  usage: usageForm,
  "receipt-change": receiptChangeForm,
  "periodic-report": periodicReportForm,
  "work-certificate": workCertificate,
  ...simultaneousForms,
};

export function formFor(procedureCode: string, status?: unknown): FormDefinition | null {
  const hsp = HSP_STATUSES[String(status)];
  if (hsp && hspForms[procedureCode]) return hspForms[procedureCode][hsp];
  const family = residenceForms[procedureCode];
  if (!family) return forms[procedureCode] ?? null;
  const category = categoryOf(status);
  const chosen = category && category in family ? family[category as keyof typeof family] : undefined;
  return chosen ?? family.N ?? null;
}

/** Every form, for checks over all of them. */
export const everyForm = (): FormDefinition[] => [
  ...Object.values(forms),
  ...Object.values(residenceForms).flatMap((f) => Object.values(f)),
  ...Object.values(hspForms).flatMap((f) => Object.values(f)),
];

/** 希望する在留資格: a residence form's first screen, chosen before its steps. */
export function statusField(def: FormDefinition): ChoiceField | null {
  const f = allFields(def).find((x) => x.name === "status");
  return f?.type === "select" ? f : null;
}

export function statusChoiceForm(def: FormDefinition): FormDefinition | null {
  const f = statusField(def);
  return f ? { id: `${def.id}:status`, sections: [{ id: "status", fields: [f] }] } : null;
}
