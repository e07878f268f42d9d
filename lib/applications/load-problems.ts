import type { FormDefinition } from "../forms/types";
import { columnLabel } from "../forms/csv";
import type { Resolve } from "../forms/engine";
import type { LoadProblem } from "./saved-file";

/** Each problem as a row to read: the item in the reader's language, its column id, and why. */
export function problemRows(
  def: FormDefinition,
  problems: LoadProblem[],
  tx: Resolve,
  say: (key: string, values: Record<string, string>) => string,
  validation: (message: string) => string,
) {
  return problems.map((p) => ({
    item: ("key" in p ? columnLabel(def, p.key, tx) : null) ?? p.header,
    column: p.header,
    problem:
      p.kind === "invalid"
        ? say("problem_invalid", { message: validation(p.message) })
        : say(`problem_${p.kind}`, { value: "value" in p ? p.value : "" }),
  }));
}
