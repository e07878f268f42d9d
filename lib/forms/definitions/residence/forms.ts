import type { Bilingual, FormDefinition, FormRule, SectionDef } from "../../types";
import type { Category } from "../../../procedures/statuses";
import { agent, coeN, declaration, identity, receipt, representative, statusChoice } from "./coe-n";
import { applicant, cardReceipt, cardRules, partsN, type Kind } from "./change-extension-n";
import { acquisitionApplicant } from "./acquisition-work";
import { simultaneousRules, simultaneousSections } from "./simultaneous";
import { partsV, rulesV } from "./v";
import { HSP_TYPES, hspPointSection, type HspType } from "../../points/hsp";
import { partsI, rulesI } from "./cat-i";
import { partsJ, rulesJ } from "./cat-j";
import { partsK, rulesK } from "./cat-k";
import { partsL, rulesL } from "./cat-l";
import { partsM, rulesM } from "./cat-m";
import { partsO, rulesO } from "./cat-o";
import { partsP, rulesP } from "./cat-p";
import { partsQ, rulesQ } from "./cat-q";
import { partsR, rulesR } from "./cat-r";
import { partsT, rulesT } from "./cat-t";
import { partsU, rulesU } from "./cat-u";
import { partsY, rulesY } from "./cat-y";
import { bi, unnumbered } from "./parts";

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

// The other 区分, each from its own file (cat-x.ts; sources and gaps in docs/categories/).
const others: [Category, CategoryParts, FormRule[]][] = [
  ["I", partsI, rulesI],
  ["J", partsJ, rulesJ],
  ["K", partsK, rulesK],
  ["L", partsL, rulesL],
  ["M", partsM, rulesM],
  ["O", partsO, rulesO],
  ["P", partsP, rulesP],
  ["Q", partsQ, rulesQ],
  ["R", partsR, rulesR],
  ["T", partsT, rulesT],
  ["U", partsU, rulesU],
  ["Y", partsY, rulesY],
];
const built = others.map(([c, parts, rules]) => [c, categoryForms(c, parts, rules)] as const);
const byKind = (kind: ResidenceKind) => Object.fromEntries(built.map(([c, f]) => [c, f[kind]]));

/**
 * 高度専門職 (1号イ/ロ/ハ): the underlying activity's form (N, or M for ハ) with the ポイント計算表 as a
 * step after 所属機関等情報. Its 類型 is the status chosen; the total must reach 70 (a rule).
 */
function withPoints(base: FormDefinition, type: HspType): FormDefinition {
  const table = hspPointSection(type);
  const points: SectionDef = {
    ...table,
    id: "hsp-points",
    fields: table.fields.filter((f) => f.name !== "hspType"),
    tally: "hsp",
  };
  const steps = base.steps ?? [];
  const after = steps.findIndex((s) => s.id === "organization");
  const next = steps[after + 1]?.sections[0];
  const at = next ? base.sections.findIndex((s) => s.id === next) : base.sections.length;
  const first = points.fields.find((f) => f.type !== "hidden")!.name;
  return {
    ...base,
    id: `${base.id}-hsp-${HSP_TYPES.indexOf(type) + 1}`,
    sections: [...base.sections.slice(0, at), points, ...base.sections.slice(at)],
    steps: [
      ...steps.slice(0, after + 1),
      { id: "points", title: bi("ポイント計算表", "Points table"), sections: [points.id] },
      ...steps.slice(after + 1),
    ],
    rules: [
      ...(base.rules ?? []),
      {
        kind: "points",
        tally: "hsp",
        field: first,
        message: "hspBelowThreshold",
        conditionMessage: "hspBelowThresholdCondition",
      },
    ],
  };
}

/** Procedure → 区分 → form. */
export const residenceForms: Record<string, Partial<Record<Category, FormDefinition>>> = {
  coe: { N: coeN, V: coeV, ...byKind("coe") },
  change: { N: changeN, V: changeV, ...byKind("change") },
  extension: { N: extensionN, V: extensionV, ...byKind("extension") },
  acquisition: { N: acquisitionN, V: acquisitionV, ...byKind("acquisition") },
};

/** Procedure → 高度専門職の類型 → form. */
export const hspForms: Record<string, Record<HspType, FormDefinition>> = Object.fromEntries(
  Object.entries(residenceForms).map(([code, family]) => [
    code,
    Object.fromEntries(HSP_TYPES.map((t) => [t, withPoints((t === "1号ハ" ? family.M : family.N)!, t)])) as Record<
      HspType,
      FormDefinition
    >,
  ]),
);
