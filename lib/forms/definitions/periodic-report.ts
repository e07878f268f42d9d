import type { FieldDef, FormDefinition } from "../types";
import { usageForm } from "./usage";

const MB = 1024 * 1024;
const section = (id: string) => usageForm.sections.find((s) => s.id === id)!;
const organization = section("organization");
const renumber = (f: FieldDef): FieldDef => (f.type === "hidden" ? f : { ...f, number: undefined });

// 定期報告 (manual §6): the organization's facts as on 利用申出, reported again, with 機関名称（フリガナ）
// as the manual's screen shows it, the person in charge, and the documents (20 files / 20 MB).
// No approval is needed to file it: it is what keeps an approval alive.
export const periodicReportForm: FormDefinition = {
  id: "periodic-report",
  sections: [
    {
      id: "organization",
      title: { ja: "外国人を受け入れる機関等について", en: "The organization receiving foreign nationals" },
      fields: [
        ...organization.fields.filter((f) => f.name === "organizationName").map(renumber),
        {
          type: "text",
          name: "organizationKana",
          label: { ja: "機関名称（フリガナ）", en: "Name of the organization (katakana)" },
          required: true,
          charClass: "kana",
          maxLength: 256,
          help: {
            ja: "支店・事業所・営業所等まで入力してください。全角半角カナ・記号、256文字以内",
            en: "Include the branch or office. Katakana and symbols, up to 256 characters.",
          },
          example: "〇〇カブシキガイシャ",
        },
        ...organization.fields.filter((f) => f.name !== "organizationName").map(renumber),
      ],
    },
    { ...section("staff"), fields: section("staff").fields.map(renumber) },
  ],
  attachments: {
    required: true,
    maxFiles: 20,
    maxBytes: 20 * MB,
    help: {
      ja: "定期報告に必要な書類は、当庁ホームページを御確認ください。合計20ファイル、20MBまで添付できます。",
      en: "See the Immigration Services Agency's website for the documents needed. Up to 20 files and 20 MB in total.",
    },
  },
};
