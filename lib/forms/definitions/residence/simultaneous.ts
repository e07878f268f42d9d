import type {
  Bilingual,
  Condition,
  FieldDef,
  FormDefinition,
  FormRule,
  FormValues,
  LeafField,
  SectionDef,
} from "../../types";
import { industries } from "../../lists/industries";
import { agent, representative } from "./coe-n";
import { applicant } from "./change-extension-n";
import { certificateItems } from "./acquisition-work";
import {
  address,
  allOnlyWhen,
  bi,
  countOptions,
  digits,
  is,
  isYes,
  onlyWhen,
  phone,
  postalCode,
  radio,
  renumbered,
  reuse,
  select,
  text,
  yesNo,
} from "./parts";

// 同時申請 (manual §4.2.1 step 4): with 変更, 更新 or 取得, a 再入国許可申請, 資格外活動許可申請 and
// 就労資格証明書交付申請 can be filed at once. Items as the official bulk tool's 同時申請 sheet has
// them (../shared/domain/bulk-official/, notes.md §2e). Each is stored as its own application.

export const APPLY = "申請する";

/** The three, each a procedure of its own once filed (its code) with its items (its section). */
export const simultaneousKinds = [
  {
    flag: "applyReentry",
    code: "reentry",
    section: "reentry",
    label: bi("再入国許可申請", "Re-entry permit"),
  },
  {
    flag: "applyExtraActivity",
    code: "extra-activity",
    section: "extraActivity",
    label: bi("資格外活動許可申請", "Permission to engage in activity other than that permitted"),
  },
  {
    flag: "applyWorkCertificate",
    code: "work-certificate",
    section: "workCertificate",
    label: bi("就労資格証明書交付申請", "Certificate of authorized employment"),
  },
] as const;

const applying = (k: (typeof simultaneousKinds)[number]): LeafField => ({
  type: "checkbox",
  name: k.flag,
  label: k.label,
  options: [{ value: APPLY, label: bi("同時に申請する", "Apply at the same time") }],
});

const anyApplied = { any: simultaneousKinds.map((k) => is(k.flag, APPLY)) };
const SAME_COMMON = "共通項目";
const SAME_REP = "法定代理人";
const SAME_AGENT = "取次者";
const notSame = (v: string) => ({ all: [anyApplied, { not: is("sameAsMain", v) }] });

/** A field of the main form asked again under another name (for the 同時申請 when it differs). */
function again(fields: FieldDef[], name: string, prefix: string): LeafField {
  const f = reuse(fields, name, undefined);
  if (f.type === "group" || f.type === "hidden" || f.showWhen) throw new Error(`${name} cannot be asked again`);
  return { ...f, name: `${prefix}${name[0].toUpperCase()}${name.slice(1)}` };
}

/** 共通項目 of the 同時申請 sheet: the applicant's identity, address, passport, status and card. */
const commonNames = [
  "nationality",
  "birthDate",
  "nameRoman",
  "sex",
  "contactPostalCode",
  "contactAddress",
  "contactPhone",
  "contactMobile",
  "passportNumber",
  "passportExpiry",
  "currentStatus",
  "currentPeriod",
  "currentExpiry",
  "cardNumber",
];
const changeFields = applicant("change").fields;
const common = commonNames.map((n) => again(changeFields, n, "sim"));

const prefixed = (section: SectionDef, prefix: string): LeafField[] =>
  section.fields.map((f) => {
    if (f.type === "group" || f.type === "hidden") throw new Error("not a leaf");
    return { ...f, number: undefined, name: `${prefix}${f.name[0].toUpperCase()}${f.name.slice(1)}` };
  });

/** 同時申請種別 and 同時申請の記載方法, with the parts asked again when they differ. */
export const simultaneousChoice: SectionDef = {
  id: "simultaneous",
  title: bi("同時申請", "Simultaneous applications"),
  fields: [
    ...simultaneousKinds.map(applying),
    onlyWhen(anyApplied, {
      type: "checkbox",
      name: "sameAsMain",
      label: bi("同時申請の記載方法", "How to fill in the simultaneous applications"),
      help: bi(
        "本申請と同じ内容の項目にチェックを入れてください。チェックを外した項目は、同時申請用に入力します。",
        "Tick what is the same as in this application; what you leave unticked is asked for the simultaneous applications.",
      ),
      options: [
        { value: SAME_COMMON, label: bi("共通項目は本申請と同じ", "Personal details are the same") },
        { value: SAME_REP, label: bi("法定代理人は本申請と同じ", "Legal representative is the same") },
        { value: SAME_AGENT, label: bi("取次者は本申請と同じ", "Agent is the same") },
      ],
    }),
    ...common.map((f) =>
      onlyWhen(notSame(SAME_COMMON), { ...f, label: prefixLabel(f.label, "共通項目", "Personal details") }),
    ),
    ...prefixed(representative, "sim").map((f) =>
      onlyWhen(notSame(SAME_REP), { ...f, label: prefixLabel(f.label, "法定代理人", "Legal representative") }),
    ),
    ...prefixed(agent, "sim").map((f) =>
      onlyWhen(notSame(SAME_AGENT), { ...f, label: prefixLabel(f.label, "取次者", "Agent") }),
    ),
  ],
};

function prefixLabel(label: LeafField["label"], ja: string, en: string): Bilingual {
  const l = label as Bilingual;
  return bi(`${ja} ${l.ja}`, `${en}: ${l.en}`);
}

const reentryOn = is("applyReentry", APPLY);
const extraOn = is("applyExtraActivity", APPLY);
const workOn = is("applyWorkCertificate", APPLY);
const all = (fields: FieldDef[], c: Condition) => allOnlyWhen(c, ...fields);

/** 再入国許可申請: the journey, 一次/数次, 犯罪 and 刑事裁判. */
export const reentry: SectionDef = {
  id: "reentry",
  title: bi("再入国許可申請", "Re-entry permit"),
  fields: all(
    [
      radio(
        "reentryPurpose",
        "",
        bi("渡航目的", "Purpose of the journey"),
        [
          ["観光", "Sightseeing"],
          ["商用", "Business"],
          ["親族訪問", "Visiting relatives"],
          ["その他", "Others"],
          ["未定", "Undecided"],
        ],
        { required: true },
      ),
      onlyWhen(
        is("reentryPurpose", "その他"),
        text("reentryPurposeOther", "", bi("渡航目的 その他", "Purpose: other"), { required: true, maxLength: 40 }),
      ),
      text("reentryDestination", "", bi("予定渡航先国名", "Destination"), {
        required: true,
        maxLength: 200,
        help: bi(
          "未定の場合は「未定」と入力してください。200文字以内",
          "Enter 未定 if not decided yet. Up to 200 characters",
        ),
      }),
      {
        type: "date",
        name: "reentryDeparture",
        label: bi("出国予定年月日", "Date of departure"),
        help: bi("未定の場合は空欄", "Leave empty if not decided"),
      },
      text("reentryDeparturePort", "", bi("出国予定の日本の（空）港", "Port of departure"), {
        maxLength: 50,
        help: bi("未定の場合は空欄。50文字以内", "Leave empty if not decided. Up to 50 characters"),
      }),
      {
        type: "date",
        name: "reentryReturn",
        label: bi("再入国予定年月日", "Date of re-entry"),
        help: bi("未定の場合は空欄", "Leave empty if not decided"),
      },
      text("reentryReturnPort", "", bi("再入国予定の日本の（空）港", "Port of re-entry"), {
        maxLength: 50,
        help: bi("未定の場合は空欄。50文字以内", "Leave empty if not decided. Up to 50 characters"),
      }),
      radio(
        "reentryType",
        "",
        bi("希望する再入国許可", "Type of re-entry permit"),
        [
          ["一次", "Single"],
          ["数次", "Multiple"],
        ],
        { required: true },
      ),
      yesNo(
        "reentryCrime",
        "",
        bi("犯罪を理由とする処分を受けたことの有無（日本国外を含む）", "Criminal record (in Japan or abroad)"),
        { required: true },
      ),
      onlyWhen(
        isYes("reentryCrime"),
        text("reentryCrimeDetail", "", bi("具体的内容", "Details"), { required: true, maxLength: 40 }),
      ),
      yesNo(
        "reentryTrial",
        "",
        bi("確定前の刑事裁判の有無（日本国外を含む）", "Criminal trial pending (in Japan or abroad)"),
        { required: true },
      ),
      onlyWhen(
        isYes("reentryTrial"),
        text("reentryTrialDetail", "", bi("具体的内容", "Details"), { required: true, maxLength: 40 }),
      ),
      text(
        "reentryNoPassport",
        "",
        bi("旅券を取得することができない場合は、その理由", "Why a passport cannot be obtained (if so)"),
        { maxLength: 40 },
      ),
    ],
    reentryOn,
  ),
};

/** 資格外活動許可申請: the present activity and the other one (職務, 期間, 時間, 報酬, 勤務先). */
export const extraActivity: SectionDef = {
  id: "extraActivity",
  title: bi("資格外活動許可申請", "Permission to engage in another activity"),
  fields: all(
    [
      text("extraCurrentActivity", "", bi("現在の在留活動の内容", "Present activity"), {
        required: true,
        maxLength: 40,
        help: bi(
          "学生は学校名及び週間授業時間を入力。40文字以内",
          "Students: school and class hours per week. Up to 40 characters",
        ),
      }),
      text("extraDuties", "", bi("他に従事しようとする活動 (1)職務の内容", "Other activity (1) duties"), {
        required: true,
        maxLength: 40,
        help: bi("未定の場合は「未定」と入力。40文字以内", "Enter 未定 if not decided. Up to 40 characters"),
      }),
      select(
        "extraYears",
        "",
        bi("(2)雇用契約期間（年）", "(2) Contract period: years"),
        countOptions(0, 5, bi("年", "years")),
      ),
      select(
        "extraMonths",
        "",
        bi("(2)雇用契約期間（月）", "(2) Contract period: months"),
        countOptions(0, 11, bi("月", "months")),
      ),
      digits("extraHours", "", bi("(3)週間稼働時間", "(3) Hours per week"), 2, {
        help: bi("時間単位。未定の場合は空欄", "In hours; leave empty if not decided"),
      }),
      digits("extraPay", "", bi("(4)報酬（月額・円）", "(4) Pay per month (yen)"), 8, {
        help: bi("未定の場合は空欄", "Leave empty if not decided"),
      }),
      text("extraEmployer", "", bi("勤務先 (1)名称", "Place of work (1) name"), {
        maxLength: 60,
        help: bi("未定の場合は空欄。60文字以内", "Leave empty if not decided. Up to 60 characters"),
      }),
      postalCode("extraPostalCode", "", bi("勤務先 (2)郵便番号", "Place of work (2) postal code")),
      address("extraAddress", "", bi("勤務先 (2)所在地", "Place of work (2) address")),
      phone("extraPhone", "", bi("勤務先 (2)電話番号", "Place of work (2) telephone")),
      select("extraIndustry", "", bi("勤務先 (3)業種", "Place of work (3) industry"), industries),
    ],
    extraOn,
  ),
};

/** 就労資格証明書交付申請 at the same time: what is to be certified, for when, and why. */
export const workCertificateItems: SectionDef = {
  id: "workCertificate",
  title: bi("就労資格証明書交付申請", "Certificate of authorized employment"),
  fields: all(certificateItems, workOn),
};

export const simultaneousSections = [simultaneousChoice, reentry, extraActivity, workCertificateItems];

/** 再入国 needs the card handed over at the counter; dates in order; one phone when asked again. */
export const simultaneousRules: FormRule[] = [
  {
    kind: "allowedPairs",
    first: "applyReentry",
    then: "cardReceipt",
    allowed: { [APPLY]: ["窓口受領"] },
    message: "reentryCounter",
  },
  { kind: "notAfter", first: "reentryDeparture", then: "reentryReturn", message: "dateOrder" },
  { kind: "notAfter", first: "workFrom", then: "workTo", message: "dateOrder" },
  { kind: "oneRequired", fields: ["simContactPhone", "simContactMobile"], message: "phoneOrMobile" },
];

export const SAME = { common: SAME_COMMON, rep: SAME_REP, agent: SAME_AGENT };

/** How a simultaneous application reads when filed: its applicant, its items, 法定代理人 and 取次者. */
function filedForm(code: string, items: SectionDef, flag: string): FormDefinition {
  const person = commonNames.map((n) => reuse(changeFields, n, undefined));
  return {
    id: code,
    sections: [
      { id: "identity", title: bi("共通項目", "Personal details"), fields: person },
      items,
      renumbered(representative, () => undefined),
      agent,
      { id: "flag", fields: [{ type: "hidden", name: flag }] },
    ],
  };
}

/** The forms of 再入国許可申請 and 資格外活動許可申請, which exist only as simultaneous applications. */
export const simultaneousForms: Record<string, FormDefinition> = {
  reentry: filedForm("reentry", reentry, "applyReentry"),
  "extra-activity": filedForm("extra-activity", extraActivity, "applyExtraActivity"),
};

/** Answers typed under a prefix, under the main form's names: `simRepName` → `repName`, `simSex` → `sex`. */
const renamed = (values: FormValues, from: string, to = "") =>
  Object.fromEntries(
    Object.entries(values)
      .filter(([k]) => k.startsWith(from) && /[A-Z]/.test(k[from.length] ?? ""))
      .map(([k, v]) => {
        const rest = k.slice(from.length);
        return [to ? to + rest : rest[0].toLowerCase() + rest.slice(1), v];
      }),
  );
const pick = (values: FormValues, test: (k: string) => boolean) =>
  Object.fromEntries(Object.entries(values).filter(([k]) => test(k)));

/**
 * The simultaneous applications a main application's answers ask for, each with its own answers:
 * the applicant, 法定代理人 and 取次者 of the main application, or those typed for the 同時申請
 * (記載方法), and its own items.
 */
export function simultaneousOf(def: FormDefinition, values: FormValues): { code: string; values: FormValues }[] {
  const same = (v: string) => Array.isArray(values.sameAsMain) && (values.sameAsMain as string[]).includes(v);
  const person = same(SAME_COMMON)
    ? {
        ...pick(values, (k) => commonNames.includes(k) || k === "birthDateUnknown"),
        // 更新: the status chosen first is the one held now.
        ...(def.id.startsWith("extension") ? { currentStatus: values.status } : {}),
      }
    : pick(renamed(values, "sim"), (k) => !/^(rep|agent)[A-Z]/.test(k));
  const rep = same(SAME_REP) ? pick(values, (k) => /^rep[A-Z]/.test(k)) : renamed(values, "simRep", "rep");
  const agentOf = same(SAME_AGENT) ? pick(values, (k) => /^agent[A-Z]/.test(k)) : renamed(values, "simAgent", "agent");
  const sections = new Map(simultaneousSections.map((s) => [s.id, s]));
  return simultaneousKinds
    .filter((k) => Array.isArray(values[k.flag]) && (values[k.flag] as string[]).includes(APPLY))
    .map((k) => {
      const own = new Set(sections.get(k.section)!.fields.map((f) => f.name));
      return {
        code: k.code,
        values: {
          ...person,
          // 就労資格証明書's own form names the status held now `status`.
          ...(k.code === "work-certificate" ? { status: person.currentStatus ?? "" } : {}),
          ...pick(values, (n) => own.has(n) || n === k.flag),
          ...rep,
          ...agentOf,
        } as FormValues,
      };
    });
}
