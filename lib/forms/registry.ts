import type { ChoiceField, FormDefinition } from "./types";
import { allFields } from "./engine";
import { usageForm } from "./definitions/usage";
import { coeN } from "./definitions/residence/coe-n";
import { changeN, extensionN } from "./definitions/residence/change-extension-n";
import { acquisitionN, workCertificate } from "./definitions/residence/acquisition-work";

// Procedure code → its form. Residence forms join here as they are built.
const forms: Record<string, FormDefinition> = {
  usage: usageForm,
  coe: coeN,
  change: changeN,
  extension: extensionN,
  acquisition: acquisitionN,
  "work-certificate": workCertificate,
};

export function formFor(procedureCode: string): FormDefinition | null {
  return forms[procedureCode] ?? null;
}

/** 希望する在留資格: a residence form's first screen, chosen before its steps. */
export function statusField(def: FormDefinition): ChoiceField | null {
  const f = allFields(def).find((x) => x.name === "status");
  return f?.type === "select" ? f : null;
}

export function statusChoiceForm(def: FormDefinition): FormDefinition | null {
  const f = statusField(def);
  return f ? { id: `${def.id}:status`, sections: [{ id: "status", fields: [f] }] } : null;
}
