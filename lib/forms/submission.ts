import type { FormDefinition, FormState, FormValues } from "./types";
import { allFields, issuesToErrors, type Issue } from "./engine";
import { formSchema } from "./schema";
import { valuesFromFormData } from "./formdata";

export type Submission =
  | { ok: true; values: FormValues; shown: FormValues }
  | { ok: false; errors: Record<string, string[]>; shown: FormValues };

/**
 * A posted form checked on the server with the same schema the browser used. `shown` is what the
 * page shows again: the answers as typed, never a password.
 */
export function parseSubmission(
  def: FormDefinition,
  fd: FormData,
  extra?: (values: FormValues) => Issue[],
): Submission {
  const raw = valuesFromFormData(def, fd);
  const shown = withoutSecrets(def, raw as FormValues);
  const parsed = formSchema(def, extra).safeParse(raw);
  return parsed.success
    ? { ok: true, values: parsed.data, shown }
    : { ok: false, errors: issuesToErrors(parsed.error.issues), shown };
}

export function withoutSecrets(def: FormDefinition, values: FormValues): FormValues {
  const out = { ...values };
  for (const f of allFields(def)) if (f.type === "text" && f.input === "password") delete out[f.name];
  return out;
}

/** The next answer of an action: whatever changes, with the version moved on. */
export function answer(prev: FormState, next: Partial<FormState> & Pick<FormState, "step">): FormState {
  return { values: {}, errors: {}, ...next, version: prev.version + 1 };
}
