import type { FormDefinition } from "./types";
import { usageForm } from "./definitions/usage";

// Procedure code → its form. Residence forms join here as they are built.
const forms: Record<string, FormDefinition> = { usage: usageForm };

export function formFor(procedureCode: string): FormDefinition | null {
  return forms[procedureCode] ?? null;
}
