import assert from "node:assert/strict";
import type { Condition, FormDefinition } from "../../types";
import { allFields, normalize, stepsWithIssues, validate } from "../../engine";
import type { Category } from "../../../procedures/statuses";
import { residenceForms, type ResidenceKind } from "./forms";

// What the residence forms' unit tests (../residence-*.test.ts) share: the day they check on, a
// 区分's four forms, a checker giving each issue as `path=message`, and the checks they repeat.
// (Unique names and CSV columns, and a 区分's own fields carrying its letter, are checked for every
// form in ../definitions.test.ts.)

/** The day the tests check on: the examples' dates are before or after it as they should be. */
export const today = new Date("2026-11-26T00:00:00Z");

/** A 区分's four forms: 認定, 変更, 更新 and 取得. */
export const formsOf = (category: Category): Record<ResidenceKind, FormDefinition> => ({
  coe: residenceForms.coe[category]!,
  change: residenceForms.change[category]!,
  extension: residenceForms.extension[category]!,
  acquisition: residenceForms.acquisition[category]!,
});

/** Validates answers on a form: each issue as `path=message`, the message without its parameters. */
export const checker =
  (def: FormDefinition, on = today) =>
  (input: Record<string, unknown>) =>
    validate(def, normalize(def, input), on).map((i) => `${i.path}=${i.message.split("?")[0]}`);

/** Answers that pass on a form, as a whole and step by step. */
export function assertPasses(def: FormDefinition, answers: Record<string, unknown>) {
  assert.deepEqual(checker(def)(answers), [], def.id);
  assert.deepEqual(stepsWithIssues(def, normalize(def, answers), today), [], def.id);
}

/** Each change to `base` gives exactly the issues expected. */
export function assertCases(
  check: (input: Record<string, unknown>) => string[],
  base: Record<string, unknown>,
  cases: [Record<string, unknown>, string[]][],
) {
  for (const [change, expected] of cases)
    assert.deepEqual(check({ ...base, ...change }), expected, JSON.stringify(change));
}

/** A form's field (at the top, a row as a whole) by name. */
export const fieldOf = (def: FormDefinition, name: string) => allFields(def).find((f) => f.name === name);

/** A field's item number, or `missing` when the form has no such field. */
export const numberOf = (def: FormDefinition, name: string, missing?: string) => {
  const f = fieldOf(def, name);
  return f && f.type !== "hidden" ? f.number : missing;
};

/** The fields a condition reads. */
export function conditionFields(c: Condition | undefined): string[] {
  if (!c) return [];
  if ("all" in c) return c.all.flatMap(conditionFields);
  if ("any" in c) return c.any.flatMap(conditionFields);
  if ("not" in c) return conditionFields(c.not);
  return ["filled" in c ? c.filled : c.field];
}
