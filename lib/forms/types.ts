// One definition per procedure form (data, no React). The engine derives from it the zod schema
// (browser and server), the input page, the 申込確認 page, the print view and the CSV columns.

/** Labels carry both languages: the real screens show 「新規利用申出 New asking of usage」. */
export type Bilingual = { ja: string; en: string };

/** 半角英数字 / 半角英大文字 / 半角数字 / 全角 / 全角半角カナ */
export type CharClass = "halfAlnum" | "halfUpper" | "halfDigits" | "fullWidth" | "kana";

/** The field is shown (and may be required) only while another answer is one of these values. */
export type Condition = { field: string; in: string[] };

export type Option = { value: string; label: Bilingual };

type Common = {
  name: string;
  /** The paper form's item number, e.g. "16.8". */
  number?: string;
  label: Bilingual;
  help?: Bilingual;
  example?: string;
  required?: boolean;
  /** 「選択肢の結果によって入力条件が変わります」: required only while this holds. */
  requiredWhen?: Condition;
  showWhen?: Condition;
  /** Column header in the bulk CSV; defaults to the label. */
  csv?: string;
};

export type TextField = Common & {
  type: "text";
  charClass?: CharClass;
  /** Spaces allowed between words (e.g. names in 半角英大文字). */
  spaces?: boolean;
  minLength?: number;
  maxLength?: number;
  exactLength?: number;
  inputMode?: "numeric" | "tel" | "email" | "text";
  autoComplete?: string;
  /** A named extra rule, e.g. "phone". */
  rule?: "phone" | "postalCode" | "corporateNumber" | "email";
};
export type TextareaField = Common & { type: "textarea"; maxLength: number; rows?: number };
export type NumberField = Common & { type: "number"; min?: number; max?: number };
/** YYYYMMDD; `unknownParts` adds 年月日不詳 / 月日不詳 / 日不詳 (生年月日). */
export type DateField = Common & { type: "date"; unknownParts?: boolean; past?: boolean };
export type ChoiceField = Common & { type: "select" | "radio" | "checkbox"; options: Option[] };
export type GroupField = Common & { type: "group"; fields: LeafField[]; max: number; min?: number };

export type LeafField = TextField | TextareaField | NumberField | DateField | ChoiceField;
export type FieldDef = LeafField | GroupField;

export type SectionDef = { id: string; title: Bilingual; fields: FieldDef[] };

export type AttachmentRule = { required: boolean; maxFiles: number; maxBytes: number; help?: Bilingual };

export type FormDefinition = {
  id: string;
  sections: SectionDef[];
  attachments?: AttachmentRule;
};

export type GroupRow = Record<string, string>;
export type FormValue = string | string[] | GroupRow[];
export type FormValues = Record<string, FormValue>;

/** The field's companion radio for 年月日不詳 etc. */
export const unknownName = (name: string) => `${name}Unknown`;
export const DATE_UNKNOWN = ["none", "ymd", "md", "d"] as const;
