import type { FormValues } from "../../types";
import { engineerCoeN } from "./examples";

const none = "該当しない";

/**
 * The 区分N engineer as a 高度専門職（1号ロ）: aged 29 on 2026-11-26, a master's degree, 7 years'
 * experience, 8,000,000 yen a year: 20 + 15 + 15 + 30 = 80 points.
 */
export const engineerHspRo: FormValues = {
  ...engineerCoeN,
  status: "高度専門職（1号ロ）",
  birthDate: "19970601",
  hspSpecial: "無",
  hspAcademicRo: "修士又は専門職学位（２０点）",
  hspAcademicMulti: none,
  hspCareerRo: "７年以上１０年未満（１５点）",
  hspIncomeRo: "８００万円以上９００万円未満（３０点）",
  hspLicense: none,
  hspInnovationContract: none,
  hspInnovationSmeContract: none,
  hspLocalSupportContract: none,
  hspRdSmeContract: none,
  hspInnovationActivity: none,
  hspInnovationSmeActivity: none,
  hspLocalSupportActivity: none,
  hspRdSmeActivity: none,
  hspForeignQualification: none,
  hspJapanese: none,
  hspGrowthProject: none,
  hspUniversity: none,
  hspJica: none,
  hspAssetManagement: none,
};
