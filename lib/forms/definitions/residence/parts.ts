import type {
  Bilingual,
  ChoiceField,
  Condition,
  DateField,
  FieldDef,
  GroupField,
  LeafField,
  Option,
  SectionDef,
  TextareaField,
  TextField,
} from "../../types";
import { nationalities } from "../../lists/nationalities";

// Building blocks the residence forms share: the field shapes the real screens repeat (郵便番号,
// 電話番号, 住所 in 全角 85, 有/無 questions, number pulldowns) with their official hints, and the
// items the 区分 sheets ask together (法人番号, 所在地, 契約の形態, 予定期間, 業種, 職歴's 年月).

export const bi = (ja: string, en: string): Bilingual => ({ ja, en });

export type Extra = Partial<Omit<TextField, "type" | "name" | "label">>;
type DateExtra = Partial<Omit<DateField, "type" | "name" | "label">>;

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

// ---- Text of a length, dates, text areas -----------------------------------------------------------

/** A builder's last argument: whether the field is required, or its extra properties (then required unless they say not). */
type RequiredOr<E> = boolean | E;
const extraOf = <E>(o: RequiredOr<E>): E | { required: boolean } => (typeof o === "boolean" ? { required: o } : o);

/** Text in 全角 up to `max` characters, required unless `opts` says not. */
export const full = (name: string, number: string, label: Bilingual, max: number, opts: RequiredOr<Extra> = true) =>
  text(name, number, label, {
    required: true,
    charClass: "fullWidth",
    maxLength: max,
    help: bi(`全角、${max}文字以内`, `Full-width characters, up to ${max}`),
    ...extraOf(opts),
  });

/** Text of any characters up to `max`, required unless `opts` says not. */
export const free = (name: string, number: string, label: Bilingual, max: number, opts: RequiredOr<Extra> = true) =>
  text(name, number, label, {
    required: true,
    maxLength: max,
    help: bi(`${max}文字以内`, `Up to ${max} characters`),
    ...extraOf(opts),
  });

/** A date (YYYYMMDD), required unless `opts` says not. */
export const date = (
  name: string,
  number: string,
  label: Bilingual,
  opts: RequiredOr<DateExtra> = true,
): DateField => ({
  type: "date",
  name,
  number,
  label,
  required: true,
  ...extraOf(opts),
});

// The same three shapes as the 区分P, R, T and U sheets were written: optional unless `extra` says
// otherwise, with `extra`'s properties (required among them) after the shape's own.

/** `full` with `extra` after the shape's own properties; optional unless `extra` says otherwise. */
export const fullWith = (name: string, number: string, label: Bilingual, max: number, extra: Extra = {}) =>
  text(name, number, label, {
    charClass: "fullWidth",
    maxLength: max,
    help: bi(`全角、${max}文字以内`, `Full-width characters, up to ${max}`),
    ...extra,
  });

/** `free` with `extra` after the shape's own properties; optional unless `extra` says otherwise. */
export const freeWith = (name: string, number: string, label: Bilingual, max: number, extra: Extra = {}) =>
  text(name, number, label, { maxLength: max, help: bi(`${max}文字以内`, `Up to ${max} characters`), ...extra });

/** `date` with `extra` as given; optional unless `extra` says otherwise. */
export const dateWith = (name: string, number: string, label: Bilingual, extra: DateExtra = {}): DateField => ({
  type: "date",
  name,
  number,
  label,
  ...extra,
});

/** A text area of up to `max` characters (600 by default), required unless told not. */
export const long = (
  name: string,
  number: string | undefined,
  label: Bilingual,
  { required = true, max = 600, rows = 6 }: { required?: boolean; max?: number; rows?: number } = {},
): TextareaField => ({
  type: "textarea",
  name,
  number,
  label,
  required,
  maxLength: max,
  rows,
  help: bi(`${max}文字以内`, `Up to ${max} characters`),
});

/** 活動内容詳細: 600 characters, required. */
export const activityDetail = (name: string, number: string): TextareaField => ({
  type: "textarea",
  name,
  number,
  label: bi("活動内容詳細", "Details of activities"),
  help: bi("600文字以内", "Up to 600 characters"),
  required: true,
  maxLength: 600,
  rows: 8,
});

/** A count or an amount in 半角 digits, optional unless required. */
export const count = (name: string, number: string, label: Bilingual, max: number, required = false) =>
  digits(name, number, label, max, { required });

/**
 * 氏名 in 半角英大文字 up to 104, words apart (扶養者, 身元保証人); `extra` after the shape's own
 * properties.
 */
export const nameRoman = (name: string, number: string, label: Bilingual, extra: Extra = {}) =>
  text(name, number, label, {
    rule: "nameRoman",
    charClass: "halfUpper",
    spaces: true,
    maxLength: 104,
    help: bi("半角英字(大文字入力)、104文字以内、スペース区切り", "Capital letters, up to 104, words apart"),
    example: "HOUMU JIRO",
    ...extra,
  });

/** 在留期間 typed as on the 変更/更新 forms (3年, 1年6月), required. */
export const stayPeriod = (name: string, number: string, label: Bilingual) =>
  text(name, number, label, {
    required: true,
    maxLength: 20,
    width: "short",
    help: bi("例）3年、1年6月", "e.g. 3年 (3 years), 1年6月 (1 year 6 months)"),
    example: "3年",
  });

// ---- Choices and conditions ---------------------------------------------------------------------

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

/** Options from [日本語, English] pairs; the Japanese word is the stored value, as in the official CSV. */
export const options = (pairs: readonly (readonly [string, string])[]): Option[] =>
  pairs.map(([ja, en]) => ({ value: ja, label: bi(ja, en) }));

/** Radio buttons from [日本語, English] pairs; the Japanese word is the stored value, as in the official CSV. */
export const radio = (
  name: string,
  number: string,
  label: Bilingual,
  choices: readonly (readonly [string, string])[],
  extra: ChoiceExtra = {},
): ChoiceField => ({
  type: "radio",
  name,
  number,
  label,
  options: options(choices),
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

/** 国・地域: the online nationality list with 日本 first (198 entries). */
export const withJapan: Option[] = [{ value: "日本", label: bi("日本", "Japan") }, ...nationalities];

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

// ---- 年月 (YYYYMM) and 職歴 rows ---------------------------------------------------------------

/** 年月 as YYYYMM (半角数字、6文字), required unless `opts` says not. */
export const yearMonth = (name: string, number: string, label: Bilingual, opts: RequiredOr<Extra> = true) =>
  text(name, number, label, {
    required: true,
    rule: "yearMonth",
    charClass: "halfDigits",
    exactLength: 6,
    inputMode: "numeric",
    width: "short",
    help: bi("半角数字、6文字（YYYYMM）", "6 digits (YYYYMM)"),
    ...extraOf(opts),
  });

export const MONTH_KNOWN = "不明な点は無い";
export const MONTH_UNKNOWN = "月不詳";
/** 月不詳 of a 年月 (不明な点は無い / 月不詳), as the bulk tool asks it in 経歴 and 職歴 rows. */
export const monthUnknown = (name: string, number: string, label: Bilingual, extra: ChoiceExtra = {}) =>
  radio(
    name,
    number,
    label,
    [
      [MONTH_KNOWN, "No unclear points"],
      [MONTH_UNKNOWN, "Unknown(Month)"],
    ],
    extra,
  );

/**
 * A 年月 of a 経歴 / 職歴 row as the bulk tool has it: 月不詳 (不明な点は無い / 月不詳), then YYYYMM, or
 * YYYY when the month is not known. `monthAlways`: while it holds the month must be given, so 月不詳
 * is not asked (企業内転勤). Not `required`: the date may be left out (a job still held), but once
 * 不明な点は無い or 月不詳 is chosen its year (and month) are asked.
 */
export function rowYearMonth(
  name: string,
  numbers: [unknown: string, date: string],
  label: Bilingual,
  opts: { required: boolean; monthAlways?: Condition },
): LeafField[] {
  const unknown = `${name}MonthUnknown`;
  const known = is(unknown, MONTH_KNOWN);
  const monthOnly = is(unknown, MONTH_UNKNOWN);
  const always = opts.monthAlways;
  const ym = (n: string, len: 4 | 6, extra: Partial<TextField>): TextField => ({
    ...text(n, numbers[1], bi(`${label.ja}${len === 6 ? "" : "（年）"}`, `${label.en}${len === 6 ? "" : " (year)"}`), {
      rule: "yearMonth",
      charClass: "halfDigits",
      exactLength: len,
      inputMode: "numeric",
      width: "short",
      example: len === 6 ? "200101" : "2001",
      help:
        len === 6
          ? bi("半角数字、6文字（YYYYMM）", "6 digits (YYYYMM)")
          : bi("月不詳の場合。半角数字、4文字（YYYY）", "If the month is unknown: 4 digits (YYYY)"),
    }),
    ...extra,
  });
  const choice = monthUnknown(unknown, numbers[0], bi(`${label.ja} 月不詳`, `${label.en}: month unknown`), {
    required: opts.required,
  });
  if (!always)
    return [
      choice,
      onlyWhen(known, ym(name, 6, { required: true })),
      onlyWhen(monthOnly, ym(`${name}Year`, 4, { required: true })),
    ];
  const withMonth: Condition = { any: [always, known] };
  return [
    { ...choice, showWhen: { not: always } },
    ym(name, 6, { showWhen: withMonth, requiredWhen: opts.required ? withMonth : known }),
    onlyWhen({ all: [{ not: always }, monthOnly] }, ym(`${name}Year`, 4, { required: true })),
  ];
}

/** YYYYMM, or YYYY where the month is not known (up to 6 digits); `extra` after the shape's own properties. */
export const yearMonthOrYear = (name: string, number: string, label: Bilingual, extra: Extra = {}) =>
  text(name, number, label, {
    rule: "yearMonth",
    charClass: "halfDigits",
    maxLength: 6,
    inputMode: "numeric",
    width: "short",
    ...extra,
  });

/** A 職歴 row without 月不詳: 入社年月, 退社年月 (empty while employed) and 勤務先名称, as 区分M and Q ask it. */
export const careerRow = ([n1, n2, n3]: [string, string, string], labelPrefix = ""): TextField[] => [
  yearMonth("joined", n1, bi(`${labelPrefix}入社年月`, "Date of joining (year and month)"), {
    required: true,
    help: bi("半角数字6文字（例 200101）", "6 digits, e.g. 200101"),
  }),
  yearMonth("left", n2, bi(`${labelPrefix}退社年月`, "Date of leaving (year and month)"), {
    required: false,
    help: bi("在職中の場合は空欄。半角数字6文字", "Leave empty if still employed. 6 digits"),
  }),
  free("employer", n3, bi(`${labelPrefix}勤務先名称`, "Employer"), 60),
];

// ---- Items that go together: 法人番号, 所在地, 契約の形態, 予定期間, 業種 ------------------------------------

/** A field name under a prefix (`org` + `postalCode` → `orgPostalCode`); without one, the name itself (in a row). */
const named = (prefix: string, name: string) => (prefix ? prefix + name[0].toUpperCase() + name.slice(1) : name);

/** 法人番号の有無 (or `hasLabel`) and, after 有, the 法人番号 (`item` prefixes the labels: 「(2)」, or nothing). */
export function corporateNumberItems(
  prefix: string,
  number: string | [has: string, corporateNumber: string],
  item: Bilingual,
  extra: ChoiceExtra = { required: true },
  hasLabel?: Bilingual,
): [ChoiceField, TextField] {
  const [n1, n2] = typeof number === "string" ? [number, number] : number;
  const has = named(prefix, "hasCorporateNumber");
  const en = (s: string) => (item.en ? `${item.en} ${s}` : s);
  return [
    yesNo(has, n1, hasLabel ?? bi(`${item.ja}法人番号の有無`, en("Corporate number, if any")), extra),
    onlyWhen(
      isYes(has),
      corporateNumber(named(prefix, "corporateNumber"), n2, bi(`${item.ja}法人番号`, en("Corporate number")), {
        required: true,
      }),
    ),
  ];
}

/** 郵便番号, 所在地 and 電話番号 of an organization (`item` prefixes the labels: 「(6)」). */
export const placeOf = (
  prefix: string,
  [n1, n2, n3]: [string, string, string],
  item: Bilingual,
  extra: Extra = { required: true },
): TextField[] => [
  postalCode(named(prefix, "postalCode"), n1, bi(`${item.ja}郵便番号`, `${item.en} Postal code`), extra),
  address(named(prefix, "address"), n2, bi(`${item.ja}所在地`, `${item.en} Address`), extra),
  phone(named(prefix, "phone"), n3, bi(`${item.ja}電話番号`, `${item.en} Telephone number`), extra),
];

/** Help texts of a 勤務先's 郵便番号 and 電話番号 that mean the 主たる勤務場所 (扶養者, 申請人の勤務先). */
export const mainWorkplaceHelp = {
  postalCode: bi(
    "主たる勤務場所の所在地。半角数字、7文字。不明な場合は0000000",
    "Of the main place of work. 7 digits; 0000000 if unknown",
  ),
  phone: bi("主たる勤務場所の電話番号。半角数字、12文字以内", "Of the main place of work. Up to 12 digits"),
};

export const CONTRACT_OTHER = "その他";
/** 契約の形態 as the sheets list it. */
export const contractTypes: [string, string][] = [
  ["雇用", "Employment"],
  ["委任", "Entrustment"],
  ["請負", "Service contract"],
  [CONTRACT_OTHER, "Others"],
];
/** 所属機関等との契約がない場合は、その他 (the help of 契約の形態 on some sheets). */
export const noContractHelp = bi(
  "所属機関等との契約がない場合は、その他を選択してください",
  "Choose Others if there is no contract with the organization",
);

/** 契約の形態 (required) and, after その他, what it is (40); `own`: that item's label, the choice's help. */
export const contractTypeItems = (
  name: string,
  number: string | [type: string, other: string],
  own: { other?: Bilingual; help?: Bilingual } = {},
): FieldDef[] => {
  const [n1, n2] = typeof number === "string" ? [number, number] : number;
  return [
    radio(name, n1, bi("契約の形態", "Type of contract"), contractTypes, {
      required: true,
      ...(own.help && { help: own.help }),
    }),
    onlyWhen(
      is(name, CONTRACT_OTHER),
      free(`${name}Other`, n2, own.other ?? bi("契約の形態 その他", "Type of contract: other"), 40),
    ),
  ];
};

const FIXED = "定めあり";
/** 就労予定期間 and its labels as 区分I and M have them (区分J words them its own way). */
export const workPeriodLabels: [Bilingual, Bilingual, Bilingual] = [
  bi("就労予定期間", "Period of work"),
  bi("就労予定期間(年数)", "Period of work (years)"),
  bi("就労予定期間(月数)", "Period of work (months)"),
];

/** A period 定めなし / 定めあり (required unless `extra` says otherwise) and, when fixed, its 年数 (0–maxYears) and 月数. */
export const periodItems = (
  [period, years, months]: [string, string, string],
  [n1, n2, n3]: [string, string, string],
  maxYears: number,
  labels = workPeriodLabels,
  extra: ChoiceExtra = { required: true },
): FieldDef[] => [
  radio(
    period,
    n1,
    labels[0],
    [
      ["定めなし", "Non-Fixed"],
      [FIXED, "Fixed"],
    ],
    extra,
  ),
  onlyWhen(
    is(period, FIXED),
    select(years, n2, labels[1], countOptions(0, maxYears, bi("年", "years")), { required: true }),
  ),
  onlyWhen(
    is(period, FIXED),
    select(months, n3, labels[2], countOptions(0, 11, bi("月", "months")), { required: true }),
  ),
];

/** The 業種 of `list` whose answer asks what the industry is: the 「その他」 ones and 分類不能の産業. */
export const otherIndustryValues = (list: Option[]) =>
  list.filter((o) => o.value.startsWith("その他") || o.value === "分類不能の産業").map((o) => o.value);

/** 主たる業種 and, after one of `withText`, what it is (40) (`item` prefixes the labels: 「(5)」). */
export const mainIndustryItems = (
  prefix: string,
  [n1, n2]: [string, string],
  item: Bilingual,
  list: Option[],
  withText: string[],
): FieldDef[] => [
  select(`${prefix}Industry`, n1, bi(`${item.ja}業種 主たる業種`, `${item.en} Main industry`), list, {
    required: true,
  }),
  onlyWhen(
    is(`${prefix}Industry`, ...withText),
    free(`${prefix}IndustryOther`, n2, bi(`${item.ja}主たる業種 その他`, `${item.en} Main industry: other`), 40),
  ),
];

/**
 * Up to two 他業種 rows, each asking what the industry is (40) after one of `withText`: 区分J and L
 * label the row 業種 / その他, 区分M and O 他業種 / 他業種 その他 and add a help.
 */
export const otherIndustryRows = (
  name: string,
  [n1, n2]: [string, string],
  label: Bilingual,
  list: Option[],
  withText: string[],
  own: { help?: Bilingual; row?: Bilingual; other?: Bilingual } = {},
): GroupField => ({
  type: "group",
  name,
  number: n1,
  label,
  ...(own.help && { help: own.help }),
  max: 2,
  fields: [
    select("industry", n1, own.row ?? bi("業種", "Industry"), list, { required: true }),
    onlyWhen(is("industry", ...withText), free("industryOther", n2, own.other ?? bi("その他", "Other"), 40)),
  ],
});

// ---- Numbers -----------------------------------------------------------------------------------

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

/** A section without item numbers (a form whose numbers are not known). */
export const unnumbered = (section: SectionDef) => renumbered(section, () => undefined);
