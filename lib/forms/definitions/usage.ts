import type { FormDefinition } from "../types";

const MB = 1024 * 1024;

// 利用申出(新たに在留諸申請の実施を希望する所属機関等の方), manual §3.3.2–3.3.3.
export const usageForm: FormDefinition = {
  id: "usage",
  sections: [
    {
      id: "kind",
      title: { ja: "利用申出の種類", en: "Type of asking of usage" },
      fields: [
        {
          name: "usageType", number: "1", type: "radio", required: true,
          label: { ja: "利用申出の種類", en: "Type of asking of usage" },
          help: { ja: "いずれかを選択してください。", en: "Choose one." },
          options: [
            { value: "new", label: { ja: "新規利用申出", en: "New asking of usage" } },
            { value: "additional", label: { ja: "追加利用申出", en: "Additional asking of usage" } },
          ],
        },
        {
          name: "officeName", number: "1.1", type: "text", maxLength: 60,
          showWhen: { field: "usageType", in: ["additional"] }, requiredWhen: { field: "usageType", in: ["additional"] },
          label: { ja: "新規利用申出を行った地方官署", en: "Regional office of the new asking of usage" },
          help: { ja: "新規利用申出をオンラインで行った場合は、「オンライン申請」と入力してください。", en: "If the new asking of usage was made online, enter 「オンライン申請」 (online application)." },
          example: "東京出入国在留管理局",
        },
        {
          name: "agentCertificateNumber", number: "2", type: "text", charClass: "halfDigits", exactLength: 12, inputMode: "numeric",
          label: { ja: "申請等取次者証明書番号", en: "Application agent certificate number" },
          help: { ja: "交付を受けている場合に入力してください。半角数字、12文字", en: "Enter it if one has been issued to you. 12 digits." },
          example: "123456789123",
        },
      ],
    },
    {
      id: "organization",
      title: { ja: "所属機関等", en: "Organization" },
      fields: [
        { name: "organizationName", number: "3", type: "text", required: true, maxLength: 100, autoComplete: "organization", label: { ja: "機関名称", en: "Name of organization" } },
        { name: "corporateNumber", number: "4", type: "text", required: true, rule: "corporateNumber", charClass: "halfDigits", exactLength: 13, inputMode: "numeric", label: { ja: "法人番号", en: "Corporate number" }, help: { ja: "13桁の半角数字", en: "13 digits" }, example: "7123456789012" },
        { name: "postalCode", number: "5", type: "text", required: true, rule: "postalCode", charClass: "halfDigits", exactLength: 7, inputMode: "numeric", autoComplete: "postal-code", label: { ja: "郵便番号", en: "Postal code" }, help: { ja: "7桁の半角数字、ハイフンなし", en: "7 digits, no hyphen" }, example: "1008977" },
        { name: "organizationAddress", number: "6", type: "text", required: true, maxLength: 200, autoComplete: "street-address", label: { ja: "所在地", en: "Address" } },
        { name: "phone", number: "7", type: "text", required: true, rule: "phone", charClass: "halfDigits", maxLength: 12, inputMode: "numeric", autoComplete: "tel", label: { ja: "電話番号", en: "Telephone number" }, help: { ja: "ハイフンなしで入力してください。", en: "Digits only, no hyphens." }, example: "0123456789" },
      ],
    },
    {
      id: "staff",
      title: { ja: "担当者", en: "Person in charge" },
      fields: [
        { name: "staffName", number: "8", type: "text", required: true, charClass: "halfUpper", spaces: true, maxLength: 104, autoComplete: "name", label: { ja: "氏名(英字)", en: "Name (Roman letters)" }, help: { ja: "半角英字（大文字）、姓と名の間は半角スペース", en: "Capital letters, a space between family and given name" }, example: "YAMADA TARO" },
        { name: "department", number: "9", type: "text", maxLength: 60, label: { ja: "部署名", en: "Department" } },
        { name: "note", number: "10", type: "textarea", maxLength: 400, rows: 4, label: { ja: "連絡事項", en: "Notes for the office" } },
      ],
    },
  ],
  attachments: {
    required: true,
    maxFiles: 20,
    maxBytes: 20 * MB,
    help: {
      ja: "利用申出に必要な書類は、当庁ホームページを御確認ください。https://www.moj.go.jp/isa/applications/online/10_00114.html",
      en: "See the Immigration Services Agency's website for the documents needed: https://www.moj.go.jp/isa/applications/online/10_00114.html",
    },
  },
};
