// One definition per form (data, no React). The engine derives from it the zod schema (browser and
// server), the input page, the check-answers page, the print view and the CSV columns. Account
// forms and procedure forms alike are definitions.

/** Procedure screens show both languages: the real ones read 「新規利用申出 New asking of usage」. */
export type Bilingual = { ja: string; en: string };
/** Account screens exist in 8 languages: their texts are message keys ("fields.loginId"). */
export type MessageRef = { msg: string };
export type Text = Bilingual | MessageRef;

/** 半角英数字 / 半角英大文字 / 半角数字 / 全角 / 全角半角カナ */
export type CharClass = "halfAlnum" | "halfUpper" | "halfDigits" | "fullWidth" | "kana";

/**
 * When a field is shown or required: comparisons of other answers (one of / none of some values;
 * a YYYYMMDD date before or after a date or "today"), combined with all/any/not.
 */
export type Condition =
  | { field: string; in: string[] }
  | { field: string; notIn: string[] }
  | { field: string; before: string }
  | { field: string; after: string }
  | { filled: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export type Option = { value: string; label: Text };

type Common = {
  name: string;
  /** The paper form's item number, e.g. "16.8". */
  number?: string;
  label: Text;
  help?: Text;
  example?: string;
  required?: boolean;
  /** 「選択肢の結果によって入力条件が変わります」: required only while this holds. */
  requiredWhen?: Condition;
  showWhen?: Condition;
  /** Extra help shown while a condition holds (e.g. "the password given before is kept"). */
  helpWhen?: { when: Condition; text: Text };
  /** Column header in the bulk CSV; defaults to the label. */
  csv?: string;
  /** Not read back on the check-answers page (passwords), or shown masked. */
  review?: "masked" | "hidden";
};

export type TextRule =
  | "phone"
  | "postalCode"
  | "corporateNumber"
  | "email"
  | "nameRoman"
  | "password"
  | "residenceCard"
  | "yearMonth"
  | "supportOrgNumber";

export type TextField = Common & {
  type: "text";
  /** The HTML input type; passwords are taken exactly as typed. */
  input?: "text" | "email" | "tel" | "password";
  charClass?: CharClass;
  /** Spaces allowed between words (e.g. names in 半角英大文字). */
  spaces?: boolean;
  minLength?: number;
  maxLength?: number;
  exactLength?: number;
  inputMode?: "numeric" | "tel" | "email" | "text";
  autoComplete?: string;
  /** A named extra rule, e.g. "phone"; "password" gives one message per broken password rule. */
  rule?: TextRule;
  /** Typed twice: must equal that field, else this message. */
  sameAs?: { field: string; message: string };
  width?: "short" | "medium" | "full";
};
export type TextareaField = Common & { type: "textarea"; maxLength: number; rows?: number };
export type NumberField = Common & { type: "number"; min?: number; max?: number };
/** YYYYMMDD; `unknownParts` adds 年月日不詳 / 月日不詳 / 日不詳 (生年月日). */
export type DateField = Common & { type: "date"; unknownParts?: boolean; past?: boolean; autoComplete?: string };
export type ChoiceField = Common & { type: "select" | "radio" | "checkbox"; options: Option[] };
/** A value the page sets and the form carries back (never typed; the server decides if it counts). */
export type HiddenField = {
  type: "hidden";
  name: string;
  showWhen?: undefined;
  required?: undefined;
  requiredWhen?: undefined;
};
export type GroupField = Common & { type: "group"; fields: LeafField[]; max: number; min?: number };

export type LeafField = TextField | TextareaField | NumberField | DateField | ChoiceField;
export type FieldDef = LeafField | GroupField | HiddenField;

/** `tally`: a points table (高度専門職) whose subtotals and total follow the answers of the section. */
export type SectionDef = { id: string; title?: Text; fields: FieldDef[]; tally?: TallyKind };
export type TallyKind = "hsp";

/** 資料添付: PDFs, and for residence forms a 顔写真 (JPEG, 縦4:横3) that counts towards the limits. */
export type AttachmentRule = {
  required: boolean;
  maxFiles: number;
  maxBytes: number;
  help?: Bilingual;
  photo?: boolean;
};

/**
 * Rules across fields; each names its own message key. `oneRequired`: at least one of the fields
 * (電話番号 or 携帯電話番号), reported on the first; `notAfter`: the first date is not after the
 * second (始期 ≤ 終期), reported on the second; `allowedPairs`: the second answer is one the first
 * allows (受領官署 of the 住居地's area), reported on the second. `when` limits a rule to some answers.
 */
export type FormRule =
  | { kind: "oneRequired"; fields: string[]; message: string; when?: Condition }
  | { kind: "notAfter"; first: string; then: string; message: string; when?: Condition }
  | {
      kind: "allowedPairs";
      first: string;
      then: string;
      allowed: Record<string, string[]>;
      message: string;
      when?: Condition;
    }
  /**
   * The tally's total reaches its threshold, reported on `field` with `message`; enough points with
   * another of the tally's conditions unmet (高度専門職: 年収300万円) gets `conditionMessage`.
   */
  | { kind: "points"; tally: TallyKind; field: string; message: string; conditionMessage: string; when?: Condition };

/** The fields a rule reads. */
export const ruleFields = (r: FormRule): string[] =>
  r.kind === "oneRequired" ? r.fields : r.kind === "points" ? [r.field, ...TALLY_READS[r.tally]] : [r.first, r.then];
/** Answers of other steps a tally reads besides its own section (高度専門職: the 類型 and the age). */
export const TALLY_READS: Record<TallyKind, string[]> = { hsp: ["status", "birthDate"] };

/**
 * A long form in steps (申請人等情報 / 所属機関等情報 / 同時申請 / …): each step shows some sections,
 * is checked on its own as the user moves on, and all are checked again on 申込む.
 */
export type StepDef = {
  id: string;
  title: Text;
  sections: string[];
  /** 資料添付 happens on this step. */
  attachments?: boolean;
};

export type FormDefinition = {
  id: string;
  sections: SectionDef[];
  steps?: StepDef[];
  rules?: FormRule[];
  attachments?: AttachmentRule;
};

/** A row of a repeatable group holds the same kinds of values as the form (checkbox lists too). */
export type GroupRow = Record<string, string | string[]>;
export type FormValue = string | string[] | GroupRow[];
export type FormValues = Record<string, FormValue>;

/** The field's companion radio for 年月日不詳 etc. */
export const unknownName = (name: string) => `${name}Unknown`;
export const DATE_UNKNOWN = ["none", "ymd", "md", "d"] as const;

/**
 * What a form's server action answers (and what the page starts from): the values as typed, each
 * field's message keys, and the step. Plain data, so it crosses to the browser and works without
 * JavaScript (the server renders the page again from it).
 */
export type FormState = {
  step: "input" | "review" | "done";
  values: FormValues;
  errors: Record<string, string[]>;
  /** A problem of the whole form (an expired link, a throttle), already in the user's language. */
  formError?: string;
  /** The field to focus when the input step comes back for a change (変更). */
  focus?: string;
  /** Files of the draft after this answer, and what became of the ones just sent (procedure forms). */
  files?: { id: string; name: string; size: number; kind?: string }[];
  notices?: { error: boolean; message: string }[];
  /** Counts answers, so the page can tell a new answer from the same one. */
  version: number;
};

export const initialState = (values: FormValues = {}): FormState => ({ step: "input", values, errors: {}, version: 0 });
