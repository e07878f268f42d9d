import { registrationTerms } from "../accounts/terms";
import type { ProcedureKind } from "./catalog";

type Terms = { heading?: string; paragraphs: string[] }[];

// 利用規約 per procedure (§4.1): the common system terms, then what applies to this kind of procedure.
const byKind: Record<ProcedureKind, Record<"ja" | "en", Terms>> = {
  usage: {
    ja: [
      {
        heading: "6. 利用申出について",
        paragraphs: [
          "利用申出は、申請等取次者としての承認を受けている又は承認要件を満たしている所属機関等の職員が行うものとします。",
          "添付する資料は、出入国在留管理庁ホームページに記載された必要資料とし、内容に虚偽がないものとします。承認の有効期限後も継続して利用する場合は、定期報告を行うものとします。",
        ],
      },
    ],
    en: [
      {
        heading: "6. Asking of usage",
        paragraphs: [
          "An asking of usage is made by staff of an organization who are approved as application agents or meet the requirements for that approval.",
          "The attached documents are those listed on the Immigration Services Agency's website and contain nothing false. To keep using the System after the approval expires, a periodic report must be filed.",
        ],
      },
    ],
  },
  single: {
    ja: [
      {
        heading: "6. 在留申請について",
        paragraphs: [
          "申請は、申請人本人の依頼に基づき、利用申出の承認を受けた所属機関等の職員が行うものとします。",
          "入力内容及び添付資料は事実に相違ないものとし、申請人の顔写真は申請前3か月以内に撮影されたものとします。",
        ],
      },
    ],
    en: [
      {
        heading: "6. Residence applications",
        paragraphs: [
          "Applications are filed at the request of the applicant by staff of an organization whose asking of usage has been approved.",
          "The answers and attached documents are true, and the applicant's photo was taken within 3 months before the application.",
        ],
      },
    ],
  },
  bulk: {
    ja: [
      {
        heading: "6. 一括申請について",
        paragraphs: [
          "一括申請は、CSVファイルにより一度に300人分までとします。各申請人から申請の依頼を受けていることを確認したうえで行うものとします。",
        ],
      },
    ],
    en: [
      {
        heading: "6. Bulk applications",
        paragraphs: [
          "A bulk application covers at most 300 applicants from one CSV file, each of whom has asked for the application to be filed.",
        ],
      },
    ],
  },
  periodicReport: {
    ja: [
      {
        heading: "6. 定期報告について",
        paragraphs: [
          "定期報告は、利用申出の承認の有効期限までに行うものとします。報告内容は事実に相違ないものとします。",
        ],
      },
    ],
    en: [
      {
        heading: "6. Periodic reports",
        paragraphs: [
          "A periodic report is filed before the approval of the asking of usage expires, and its contents are true.",
        ],
      },
    ],
  },
  receiptChange: {
    ja: [
      {
        heading: "6. 受領方法変更申出について",
        paragraphs: ["受領方法の変更は、申請の状況が処理待ち、申請完了又は審査中の間に限り申し出ることができます。"],
      },
    ],
    en: [
      {
        heading: "6. Changing how the card is received",
        paragraphs: [
          "The way of receipt can be changed only while the application is waiting, submitted or under examination.",
        ],
      },
    ],
  },
};

export function procedureTerms(kind: ProcedureKind, lang: "ja" | "en"): Terms {
  return [...registrationTerms[lang], ...byKind[kind][lang]];
}
