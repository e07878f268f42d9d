import type { Bilingual, FormDefinition, FormRule, SectionDef } from "../../types";
import type { Category } from "../../../procedures/statuses";
import { agent, coeN, declaration, identity, receipt, representative, statusChoice } from "./coe-n";
import { applicant, cardReceipt, cardRules, partsN, type Kind } from "./change-extension-n";
import { acquisitionApplicant } from "./acquisition-work";
import { simultaneousRules, simultaneousSections } from "./simultaneous";
import { partsV, rulesV } from "./v";
import { bi, renumbered } from "./parts";

// The residence forms with a category part (認定, 変更, 更新, 取得), one per 区分 built: the common
// applicant part of the procedure, the 区分's applicant and organization parts, then (except 認定)
// 同時申請, and 受領方法等, 顔写真・資料添付, 入力情報確認 as steps, as on the real 申込 screen.

/** A 区分's own sections: the applicant's (申請人等作成用2–3, with 代理人 and 取次者) and the organization's or supporter's. */
export type Parts = { applicant: SectionDef[]; organization: SectionDef[] };
export type ResidenceKind = "coe" | "change" | "extension" | "acquisition";
export type CategoryParts = (kind: ResidenceKind) => Parts;

const ids = (sections: SectionDef[]) => sections.map((s) => s.id);

function build(
  id: string,
  status: Bilingual,
  statusNumber: string,
  own: SectionDef,
  parts: Parts,
  card: boolean,
  rules: FormDefinition["rules"],
): FormDefinition {
  const simultaneous = card ? simultaneousSections : [];
  const receiptSection = card ? cardReceipt : receipt;
  return {
    ...coeN,
    id,
    sections: [
      { id: "overview", title: bi("申請概要", "Overview"), fields: [statusChoice(status, statusNumber)] },
      own,
      ...parts.applicant,
      ...parts.organization,
      ...simultaneous,
      receiptSection,
      declaration,
    ],
    steps: [
      { id: "applicant", title: bi("申請人等情報", "Applicant"), sections: [own.id, ...ids(parts.applicant)] },
      { id: "organization", title: bi("所属機関等情報", "Organization"), sections: ids(parts.organization) },
      ...(card
        ? [{ id: "simultaneous", title: bi("同時申請", "Simultaneous applications"), sections: ids(simultaneous) }]
        : []),
      { id: "receipt", title: bi("受領方法等", "How to receive"), sections: [receiptSection.id] },
      { id: "files", title: bi("顔写真・資料添付", "Photo and documents"), sections: [], attachments: true },
      { id: "declaration", title: bi("入力情報確認", "Confirmation"), sections: ["declaration"] },
    ],
    rules: [...(rules ?? []), ...(card ? [...cardRules, ...simultaneousRules] : [])],
  };
}

const desired = bi("希望する在留資格", "Desired status of residence");
const present = bi("現に有する在留資格", "Present status of residence");
const unnumbered = (s: SectionDef) => renumbered(s, () => undefined);

/** 区分V with the applicant and representative items unnumbered where the form's numbers are unknown. */
const vParts = (guidance: boolean, numbered: boolean): Parts => {
  const v = partsV(guidance);
  return {
    applicant: [
      ...(numbered ? v.applicant : v.applicant.map(unnumbered)),
      numbered ? representative : unnumbered(representative),
      agent,
    ],
    organization: v.organization,
  };
};

const coeRules = coeN.rules ?? [];

export const coeV = build(
  "coe-V",
  bi("希望する在留資格", "Status of residence applied for"),
  "",
  identity,
  vParts(true, true),
  false,
  [...coeRules, ...rulesV],
);

const cardForm = (kind: Kind, category: "N" | "V") =>
  build(
    `${kind}-${category}`,
    kind === "change" ? desired : present,
    kind === "change" ? "13.1" : "11.1",
    applicant(kind),
    category === "N" ? partsN() : vParts(kind === "change", false),
    true,
    category === "V" ? rulesV : [],
  );

export const changeN = cardForm("change", "N");
export const extensionN = cardForm("extension", "N");
export const changeV = cardForm("change", "V");
export const extensionV = cardForm("extension", "V");
export const acquisitionN = build("acquisition-N", desired, "", acquisitionApplicant, partsN(), true, []);
export const acquisitionV = build(
  "acquisition-V",
  desired,
  "",
  acquisitionApplicant,
  vParts(true, false),
  true,
  rulesV,
);

/** A 区分's four forms (認定, 変更, 更新, 取得) from its parts and cross-field rules. */
export function categoryForms(
  category: Category,
  parts: CategoryParts,
  rules: FormRule[] = [],
): Record<ResidenceKind, FormDefinition> {
  return {
    coe: build(
      `coe-${category}`,
      bi("希望する在留資格", "Status of residence applied for"),
      "",
      identity,
      parts("coe"),
      false,
      [...coeRules, ...rules],
    ),
    change: build(`change-${category}`, desired, "13.1", applicant("change"), parts("change"), true, rules),
    extension: build(`extension-${category}`, present, "11.1", applicant("extension"), parts("extension"), true, rules),
    acquisition: build(`acquisition-${category}`, desired, "", acquisitionApplicant, parts("acquisition"), true, rules),
  };
}

/** Procedure → 区分 → form. */
export const residenceForms: Record<string, Partial<Record<Category, FormDefinition>>> = {
  coe: { N: coeN, V: coeV },
  change: { N: changeN, V: changeV },
  extension: { N: extensionN, V: extensionV },
  acquisition: { N: acquisitionN, V: acquisitionV },
};
