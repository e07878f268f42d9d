import type {
  Bilingual,
  ChoiceField,
  Condition,
  FieldDef,
  GroupField,
  LeafField,
  Option,
  SectionDef,
  TextField,
} from "../../types";

// Building blocks the residence forms share: the field shapes the real screens repeat (郵便番号,
// 電話番号, 住所 in 全角 85, 有/無 questions, number pulldowns) with their official hints.

export const bi = (ja: string, en: string): Bilingual => ({ ja, en });

type Extra = Partial<Omit<TextField, "type" | "name" | "label">>;

export const text = (name: string, number: string, label: Bilingual, extra: Extra = {}): TextField => ({
  type: "text",
  name,
  number,
  label,
  ...extra,
});

export const postalCode = (name: string, number: string, label: Bilingual, extra: Extra = {}): TextField =>
  text(name, number, label, {
    rule: "postalCode",
    charClass: "halfDigits",
    exactLength: 7,
    inputMode: "numeric",
    width: "short",
    help: bi("半角数字、7文字。123-4567は1234567と入力", "7 digits, no hyphen: 123-4567 → 1234567"),
    example: "1234567",
    ...extra,
  });

export const phone = (name: string, number: string, label: Bilingual, extra: Extra = {}): TextField =>
  text(name, number, label, {
    rule: "phone",
    charClass: "halfDigits",
    maxLength: 12,
    inputMode: "tel",
    width: "medium",
    help: bi("半角数字、12文字以内。ハイフンなし", "Up to 12 digits, no hyphens"),
    example: "0312345678",
    ...extra,
  });

export const address = (name: string, number: string, label: Bilingual, extra: Extra = {}): TextField =>
  text(name, number, label, {
    charClass: "fullWidth",
    maxLength: 85,
    help: bi("全角、85文字以内", "Full-width characters, up to 85"),
    example: "東京都千代田区１－１－１霞ヶ関ハイツ２０２号",
    ...extra,
  });

/** 氏名 in 全角 26 (代理人, 取次者, 在日親族). */
export const nameFull = (name: string, number: string, label: Bilingual, extra: Extra = {}): TextField =>
  text(name, number, label, {
    charClass: "fullWidth",
    maxLength: 26,
    help: bi("全角、26文字以内", "Full-width characters, up to 26"),
    example: "法務たろう",
    ...extra,
  });

export const digits = (name: string, number: string, label: Bilingual, max: number, extra: Extra = {}): TextField =>
  text(name, number, label, {
    charClass: "halfDigits",
    maxLength: max,
    inputMode: "numeric",
    width: "short",
    help: bi(`半角数字、${max}文字以内`, `Up to ${max} digits`),
    ...extra,
  });

export const corporateNumber = (name: string, number: string, label: Bilingual, extra: Extra = {}): TextField =>
  text(name, number, label, {
    rule: "corporateNumber",
    charClass: "halfDigits",
    exactLength: 13,
    inputMode: "numeric",
    width: "medium",
    help: bi("半角数字、13文字", "13 digits"),
    example: "1234567890123",
    ...extra,
  });

/** 在留カード番号 (and 特別永住者証明書番号): AB12345678CD. */
export const residenceCardNumber = (name: string, number: string, label: Bilingual, extra: Extra = {}): TextField =>
  text(name, number, label, {
    rule: "residenceCard",
    charClass: "halfAlnum",
    exactLength: 12,
    width: "medium",
    help: bi("半角英数字(大文字入力)、12文字", "12 letters and digits, capitals"),
    example: "AB12345678CD",
    ...extra,
  });

export const employmentInsuranceNo = (name: string, number: string, label: Bilingual): TextField =>
  text(name, number, label, {
    charClass: "halfDigits",
    exactLength: 11,
    inputMode: "numeric",
    width: "medium",
    help: bi("半角数字、11文字", "11 digits"),
    example: "12345678901",
  });

export const YES = "有";
export const NO = "無";
export const yesNoOptions: Option[] = [
  { value: YES, label: bi("有", "Yes") },
  { value: NO, label: bi("無", "No") },
];

type ChoiceExtra = Partial<Omit<ChoiceField, "type" | "name" | "label" | "options">>;

export const yesNo = (name: string, number: string, label: Bilingual, extra: ChoiceExtra = {}): ChoiceField => ({
  type: "radio",
  name,
  number,
  label,
  options: yesNoOptions,
  ...extra,
});

/** Radio buttons from [日本語, English] pairs; the Japanese word is the stored value, as in the official CSV. */
export const radio = (
  name: string,
  number: string,
  label: Bilingual,
  choices: [string, string][],
  extra: ChoiceExtra = {},
): ChoiceField => ({
  type: "radio",
  name,
  number,
  label,
  options: choices.map(([ja, en]) => ({ value: ja, label: bi(ja, en) })),
  ...extra,
});

export const select = (
  name: string,
  number: string,
  label: Bilingual,
  options: Option[],
  extra: ChoiceExtra = {},
): ChoiceField => ({ type: "select", name, number, label, options, ...extra });

/** 0…max as a pulldown (年数, 月数, 回数), with a unit in the label of each option. */
export const countOptions = (from: number, to: number, unit: Bilingual): Option[] =>
  Array.from({ length: to - from + 1 }, (_, i) => {
    const n = String(from + i);
    return { value: n, label: bi(`${n}${unit.ja}`, `${n} ${unit.en}`) };
  });

export const is = (field: string, ...values: string[]): Condition => ({ field, in: values });
export const isYes = (field: string): Condition => is(field, YES);

/**
 * Shown and required together, the usual case of 「選択肢の結果によって入力条件が変わります」; on a field
 * that already has conditions, both must hold.
 */
export function onlyWhen<F extends LeafField | GroupField>(when: Condition, f: F): F {
  const and = (c?: Condition): Condition => (c ? { all: [when, c] } : when);
  const requiredWhen = f.required ? and() : f.requiredWhen && and(f.requiredWhen);
  return { ...f, showWhen: and(f.showWhen), requiredWhen, required: false };
}

/** Several fields shown and required only while one condition holds (a 有's details, a 1号 part). */
export const allOnlyWhen = (when: Condition, ...fields: FieldDef[]): FieldDef[] =>
  fields.map((f) => (f.type === "hidden" ? f : onlyWhen(when, f)));

/**
 * A field of one form reused in another whose paper form numbers it differently (認定's 21 在日親族
 * is 16 on 変更 and 更新): the same rules, a new number (rows renumbered with it) and, where the
 * wording differs, a new label.
 */
export function reuse(fields: FieldDef[], name: string, number: string | undefined, label?: Bilingual): FieldDef {
  const f = fields.find((x) => x.name === name);
  if (!f || f.type === "hidden") throw new Error(`no field ${name} to reuse`);
  const old = f.number ?? "";
  const renumber = (n?: string) =>
    n && number && old && n.startsWith(old) ? number + n.slice(old.length) : number && n;
  const base = { ...f, number, label: label ?? f.label };
  return base.type === "group"
    ? { ...base, fields: base.fields.map((c) => ({ ...c, number: renumber(c.number) })) }
    : base;
}

/** A section with its item numbers mapped (undefined drops a number the other form does not have). */
export function renumbered(
  section: SectionDef,
  map: (n: string) => string | undefined,
  drop: string[] = [],
): SectionDef {
  const fields = section.fields.filter((f) => !drop.includes(f.name));
  return {
    ...section,
    fields: fields.map((f) => {
      if (f.type === "hidden") return f;
      const number = f.number ? map(f.number) : undefined;
      return f.type === "group"
        ? { ...f, number, fields: f.fields.map((c) => ({ ...c, number: c.number ? map(c.number) : undefined })) }
        : { ...f, number };
    }),
  };
}
