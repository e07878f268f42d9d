import type { FormDefinition } from "../types";
import { officesByPrefecture } from "../lists/prefectures";
import { cardReceipt } from "./residence/change-extension-n";
import { bi, radio, text } from "./residence/parts";

// 受領方法変更申出 (manual §7.3): which application (its 申請受付仮番号 or 申請受付番号, and the applicant's
// name as a check), the new 受領方法, and the 住居地 whose office hands the card over.

/** 変更種別 → the procedures whose 受領方法 it changes. */
export const RECEIPT_CHANGE_TARGETS: Record<string, readonly string[]> = {
  在留カード: ["change", "extension", "acquisition"],
  就労資格証明書: ["work-certificate"],
};

const number = (name: string, label: ReturnType<typeof bi>) =>
  text(name, "", label, {
    charClass: "halfDigits",
    exactLength: 12,
    inputMode: "numeric",
    width: "medium",
    help: bi(
      "受付仮番号又は受付番号のメールに記載された番号。半角数字、12文字",
      "The number in the provisional receipt or receipt number mail: 12 digits.",
    ),
    example: "123456789012",
  });

export const receiptChangeForm: FormDefinition = {
  id: "receipt-change",
  sections: [
    {
      id: "target",
      title: bi("対象の申請", "The application"),
      fields: [
        radio(
          "changeKind",
          "",
          bi("変更種別", "What to change"),
          [
            ["在留カード", "How the residence card is received"],
            ["就労資格証明書", "How the Certificate of Authorized Employment is received"],
          ],
          { required: true },
        ),
        text("nameRoman", "", bi("申請人の氏名（英字）", "Applicant's name (Roman letters)"), {
          required: true,
          rule: "nameRoman",
          charClass: "halfUpper",
          spaces: true,
          maxLength: 104,
          help: bi(
            "申請したときのとおり、半角英字(大文字入力)、104文字以内",
            "As in the application: capital letters, up to 104",
          ),
          example: "HOUMU TARO",
        }),
        number("provisionalNo", bi("申請受付仮番号", "Provisional receipt number")),
        number("receiptNo", bi("申請受付番号", "Receipt number")),
      ],
    },
    {
      id: "receipt",
      title: bi("受領方法等", "How to receive"),
      fields: [
        ...cardReceipt.fields
          .filter((f) => ["cardReceipt", "residencePrefecture", "receiptOffice"].includes(f.name))
          .map((f) =>
            f.name === "cardReceipt" && f.type === "radio"
              ? { ...f, label: bi("受領方法", "How to receive"), helpWhen: undefined }
              : f.name === "residencePrefecture"
                ? {
                    ...f,
                    help: bi(
                      "申請者である外国人本人の居住する都道府県を選択してください。",
                      "Choose the prefecture where the foreign national applying lives.",
                    ),
                  }
                : f,
          ),
      ],
    },
  ],
  rules: [
    { kind: "oneRequired", fields: ["provisionalNo", "receiptNo"], message: "receiptNumberRequired" },
    {
      kind: "allowedPairs",
      first: "residencePrefecture",
      then: "receiptOffice",
      allowed: officesByPrefecture,
      message: "officeArea",
    },
  ],
};
