import type { FieldDef, FormRule, SectionDef } from "../../types";
import { statuses } from "../../../procedures/statuses";
import { immigrationOffices, officesByPrefecture, prefectures } from "../../lists/prefectures";
import { agent, coeN, dispatch, education, identity, organization, representative } from "./coe-n";
import {
  address,
  bi,
  phone,
  postalCode,
  radio,
  renumbered,
  residenceCardNumber,
  reuse,
  select,
  stayPeriod,
} from "./parts";

// 在留資格変更許可申請 (別記第30号様式) and 在留期間更新許可申請 (別記第30号の2様式), 区分N. The applicant
// part follows the paper forms' items 1–16 (notes.md §2a: 更新 has no 出生地, so its numbers shift
// until 住居地). The 区分N parts are those of 認定; their item numbers on the 変更/更新 forms are known
// for the organization part (所属機関等作成用, notes §2c) and not for the applicant's 学歴・職歴 and
// 代理人 items, which are shown without numbers (docs/residence-forms.md).

export type Kind = "change" | "extension";

const cardNumber = residenceCardNumber("cardNumber", "12", bi("在留カード番号", "Residence card number"), {
  required: true,
});

export function applicant(kind: Kind): SectionDef {
  const f = identity.fields;
  const change = kind === "change";
  const fields: FieldDef[] = [
    reuse(f, "nationality", "1"),
    reuse(f, "birthDate", "2"),
    reuse(f, "nameRoman", "3"),
    reuse(f, "sex", "4"),
    ...(change ? [reuse(f, "birthPlace", "5")] : []),
    reuse(f, "maritalStatus", change ? "6" : "5"),
    reuse(f, "occupation", change ? "7" : "6"),
    reuse(f, "homeTownAddress", change ? "8" : "7"),
    postalCode("contactPostalCode", change ? "9.1" : "8.1", bi("住居地 郵便番号", "Address in Japan: postal code"), {
      required: true,
    }),
    address("contactAddress", change ? "9.2" : "8.2", bi("住居地", "Address in Japan"), { required: true }),
    phone("contactPhone", change ? "9.3" : "9.1", bi("電話番号", "Telephone number")),
    phone("contactMobile", change ? "9.4" : "9.2", bi("携帯電話番号", "Cellular phone number"), {
      example: "09012345678",
    }),
    reuse(f, "passportNumber", "10.1"),
    reuse(f, "passportExpiry", "10.2"),
    // 更新: the status chosen first is the one held now (11.1); 変更 asks for it here.
    ...(change
      ? [
          select(
            "currentStatus",
            "11.1",
            bi("現に有する在留資格", "Present status of residence"),
            statuses.filter((s) => s.ja !== "永住者").map((s) => ({ value: s.ja, label: bi(s.ja, s.en) })),
            { required: true },
          ),
        ]
      : []),
    stayPeriod("currentPeriod", "11.2", bi("在留期間", "Period of stay")),
    {
      type: "date",
      name: "currentExpiry",
      number: "11.3",
      label: bi("在留期間の満了日", "Date of expiration"),
      required: true,
    },
    cardNumber,
    stayPeriod("desiredPeriod", change ? "13.2" : "13", bi("希望する在留期間", "Desired period of stay")),
    {
      type: "textarea",
      name: "reason",
      number: "14",
      label: change ? bi("変更の理由", "Reason for change of status") : bi("更新の理由", "Reason for extension"),
      required: true,
      maxLength: 300,
      rows: 4,
    },
    reuse(f, "criminalRecord", "15"),
    reuse(f, "criminalRecordDetail", "15"),
    reuse(f, "relativesInJapan", "16.1", bi("在日親族及び同居者の有無", "Relatives in Japan and co-residents")),
    reuse(f, "relatives", "16", bi("在日親族及び同居者", "Relatives in Japan and co-residents")),
  ];
  return { id: "identity", title: bi("身分事項", "Personal details"), fields };
}

/** 所属機関等作成用 N on 変更/更新: no 研究室 item, so 就労予定期間 … 派遣先等 are 4 … 11. */
export const orgNumber = (n: string) => {
  const [major, ...rest] = n.split(".");
  return +major >= 5 ? [String(+major - 1), ...rest].join(".") : n;
};

/** 在留カードの受領方法 and where: the office of the 住居地's area. */
export const cardReceipt: SectionDef = {
  id: "receipt",
  title: bi("受領方法等", "How to receive"),
  fields: [
    radio(
      "cardReceipt",
      "",
      bi("在留カードの受領方法", "How to receive the residence card"),
      [
        ["窓口受領", "At the counter"],
        ["郵送受領", "By post"],
      ],
      {
        required: true,
        helpWhen: {
          when: { field: "applyReentry", in: ["申請する"] },
          text: bi(
            "再入国許可を同時に申請するため、在留カードは窓口で受け取ります。",
            "A re-entry permit is applied for at the same time, so the card is received at the counter.",
          ),
        },
      },
    ),
    select("residencePrefecture", "", bi("申請対象者の住居地", "Prefecture where the applicant lives"), prefectures, {
      required: true,
    }),
    select("receiptOffice", "", bi("受領官署", "Immigration office"), immigrationOffices, {
      required: true,
      help: bi(
        "申請対象者の住居地を管轄する地方出入国在留管理局又は支局を選択してください。",
        "Choose the regional bureau or branch office for the prefecture where the applicant lives.",
      ),
    }),
    ...receiptEmails(),
  ],
};

function receiptEmails(): FieldDef[] {
  const coeReceipt = coeN.sections.find((s) => s.id === "receipt")!;
  return coeReceipt.fields.filter((f) => f.name === "notifyEmail" || f.name === "notifyEmailAgain");
}

/**
 * The 区分N parts of a form about a residence card (変更, 更新, 取得) as numbered there: applicant
 * items unknown, organization without 研究室.
 */
export const partsN = () => ({
  applicant: [renumbered(education, () => undefined), renumbered(representative, () => undefined), agent],
  organization: [renumbered(organization, orgNumber, ["labName", "labSupervisor"]), renumbered(dispatch, orgNumber)],
});

/** 電話番号 or 携帯電話番号, and a 受領官署 of the 住居地's area. */
export const cardRules: FormRule[] = [
  ...(coeN.rules ?? []).filter((r) => r.kind === "oneRequired"),
  {
    kind: "allowedPairs",
    first: "residencePrefecture",
    then: "receiptOffice",
    allowed: officesByPrefecture,
    message: "officeArea",
  },
];
