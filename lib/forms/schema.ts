import { pipe, record, string, superRefine, transform, unknown } from "zod/mini";
import type { FormDefinition, FormValues } from "./types";
import { normalize, validate, type Issue } from "./engine";

/**
 * The zod schema of a form: normalises the raw answers, then checks every rule of the definition
 * (and any extra check the caller adds). The same object validates in the browser (react-hook-form's
 * resolver) and on the server (the action parses FormData with it). zod/mini keeps the browser's
 * share small.
 */
export function formSchema(def: FormDefinition, extra?: (values: FormValues) => Issue[]) {
  return pipe(
    record(string(), unknown()),
    transform((input) => normalize(def, input)),
  ).check(
    superRefine((values, ctx) => {
      for (const i of [...validate(def, values), ...(extra?.(values) ?? [])]) {
        ctx.issues.push({
          code: "custom",
          input: values,
          path: i.path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
          message: i.message,
        });
      }
    }),
  );
}
