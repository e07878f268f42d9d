import type { FieldDef, FormDefinition, SectionDef } from "../../types";
import { statuses } from "../../../procedures/statuses";
import { agent, coeN, declaration, representative } from "./coe-n";
import { applicant, cardReceipt, cardRules } from "./change-extension-n";
import { bi, onlyWhen, is, radio, renumbered, reuse, select, text } from "./parts";

// 在留資格取得許可申請's applicant part and 就労資格証明書交付申請 (notes.md §2e). The current item lists of
// these two forms were not found, so their items carry no numbers (docs/residence-forms.md).

const unnumbered = (s: SectionDef) => renumbered(s, () => undefined);
const changeFields = applicant("change").fields;
const pick = (...names: string[]): FieldDef[] => names.map((n) => reuse(changeFields, n, undefined));
const person = ["nationality", "birthDate", "nameRoman", "sex"];
const address = [
  "contactPostalCode",
  "contactAddress",
  "contactPhone",
  "contactMobile",
  "passportNumber",
  "passportExpiry",
];

/** 取得: no status or 在留カード yet; instead why and since when (出生, 日本国籍の離脱 …). */
export const acquisitionApplicant: SectionDef = {
  id: "identity",
  title: bi("身分事項", "Personal details"),
  fields: [
    ...pick(...person, "birthPlace", "maritalStatus", "occupation", "homeTownAddress", ...address),
    radio(
      "acquisitionCause",
      "",
      bi("在留資格の取得を必要とする事由", "Reason for acquiring a status of residence"),
      [
        ["出生", "Birth"],
        ["日本国籍の離脱", "Renunciation of Japanese nationality"],
        ["その他", "Others"],
      ],
      { required: true },
    ),
    onlyWhen(
      is("acquisitionCause", "その他"),
      text("acquisitionCauseOther", "", bi("その他の事由", "Other reason"), { required: true, maxLength: 40 }),
    ),
    {
      type: "date",
      name: "acquisitionCauseDate",
      label: bi("事由の生じた年月日", "Date of the event"),
      required: true,
      past: true,
      help: bi("事由の生じた日から30日以内に申請してください。", "Apply within 30 days of the event."),
    },
    ...pick("desiredPeriod"),
    {
      ...(reuse(changeFields, "reason", undefined) as FieldDef & { type: "textarea" }),
      label: bi("取得の理由", "Reason for acquisition"),
    },
    ...pick("criminalRecord", "criminalRecordDetail", "relativesInJapan", "relatives"),
  ],
};

/** What the certificate is to say: also asked when it is applied for with a 変更/更新/取得. */
export const certificateItems: FieldDef[] = [
  {
    type: "textarea",
    name: "certifiedActivity",
    label: bi("証明を希望する活動の内容", "Activities to be certified"),
    required: true,
    maxLength: 600,
    rows: 6,
  },
  { type: "date", name: "workFrom", label: bi("就労する期間（始期）", "Period of work: from"), required: true },
  { type: "date", name: "workTo", label: bi("就労する期間（終期）", "Period of work: to"), required: true },
  {
    type: "textarea",
    name: "certificatePurpose",
    label: bi("使用目的", "Purpose of use"),
    required: true,
    maxLength: 600,
    rows: 3,
  },
];

/** 就労資格証明書: the holder of a status asks for a certificate of the work they may do. */
const workApplicant: SectionDef = {
  id: "identity",
  title: bi("身分事項", "Personal details"),
  fields: [
    ...pick(...person, "occupation", ...address, "currentPeriod", "currentExpiry", "cardNumber"),
    ...certificateItems,
  ],
};

export const workCertificate: FormDefinition = {
  id: "work-certificate",
  sections: [
    {
      id: "overview",
      title: bi("申請概要", "Overview"),
      fields: [
        select(
          "status",
          "",
          bi("現に有する在留資格", "Present status of residence"),
          statuses.filter((s) => s.online).map((s) => ({ value: s.ja, label: bi(s.ja, s.en) })),
          { required: true, csv: "現に有する在留資格" },
        ),
      ],
    },
    workApplicant,
    unnumbered(representative),
    agent,
    {
      ...cardReceipt,
      fields: cardReceipt.fields.map((f) =>
        f.name === "cardReceipt"
          ? { ...f, label: bi("就労資格証明書の受領方法", "How to receive the certificate"), helpWhen: undefined }
          : f,
      ),
    },
    declaration,
  ],
  steps: [
    { id: "applicant", title: bi("申請人等情報", "Applicant"), sections: ["identity", "representative", "agent"] },
    { id: "receipt", title: bi("受領方法等", "How to receive"), sections: ["receipt"] },
    { id: "files", title: bi("資料添付", "Documents"), sections: [], attachments: true },
    { id: "declaration", title: bi("入力情報確認", "Confirmation"), sections: ["declaration"] },
  ],
  rules: [...cardRules, { kind: "notAfter", first: "workFrom", then: "workTo", message: "dateOrder" }],
  // No photo on this certificate's application.
  attachments: {
    ...coeN.attachments!,
    photo: false,
    help: bi(
      "申請に必要な資料をPDF形式で添付してください。合計20ファイル、25MBまで添付できます。",
      "Attach the documents the application needs as PDF files: up to 20 files and 25 MB in total.",
    ),
  },
};
