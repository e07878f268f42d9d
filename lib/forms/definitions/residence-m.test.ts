import { test } from "node:test";
import assert from "node:assert/strict";
import { normalize } from "../engine";
import { assertCases, assertPasses, checker, formsOf, numberOf } from "./residence/testing";
import { managerCoeM, managerExtensionM } from "./residence/examples-m";

const forms = formsOf("M");
const check = checker(forms.coe);
const manager = managerCoeM;

test("区分M: a realistic 経営・管理 application passes in every step, on 認定, 更新, 変更 and 取得", () => {
  assertPasses(forms.coe, manager);
  assertPasses(forms.extension, managerExtensionM);
  const change = { ...managerExtensionM, birthPlace: "上海", currentStatus: "技術・人文知識・国際業務" };
  assert.deepEqual(checker(forms.change)(change), []);
  const acquisition = {
    ...managerExtensionM,
    birthPlace: "上海",
    acquisitionCause: "日本国籍の離脱",
    acquisitionCauseDate: "20261101",
  };
  assert.deepEqual(checker(forms.acquisition)(acquisition), []);
});

test("区分M: 認定 carries the paper numbers, 変更/更新 the organization's only", () => {
  assert.deepEqual(
    ["mEducationWhere", "mMajorUniversity", "mExperienceMonths", "mCareers", "repName", "mOrgName", "mOfficeRent"].map(
      (n) => numberOf(forms.coe, n),
    ),
    ["23.1", "24.1", "25", "26", "27.1", "3.1", "9.3"],
  );
  for (const kind of ["change", "extension", "acquisition"] as const)
    assert.deepEqual(
      ["mEducationWhere", "mCareers", "repName", "mContractType", "mOrgInvestment", "mWorkPeriod"].map((n) =>
        numberOf(forms[kind], n),
      ),
      [undefined, undefined, undefined, "2", "3.15", "6.1"],
      kind,
    );
});

test("区分M: each conditional item and field rule is refused with its own message", () => {
  const cases: [Record<string, unknown>, string[]][] = [
    [{ mEducationLevel: "その他" }, ["mEducationOther=required"]],
    [{ mEducationLevel: "" }, ["mEducationLevel=requiredChoice"]],
    [{ mMajorUniversity: "その他自然科学" }, ["mMajorUniversityOther=required"]],
    [{ mMajorUniversity: "介護福祉" }, ["mMajorUniversity=option"]],
    [{ mEducationLevel: "専門学校" }, ["mMajorSenmon=requiredChoice"]],
    [{ mEducationLevel: "専門学校", mMajorSenmon: "その他" }, ["mMajorSenmonOther=required"]],
    [{ mEducationLevel: "高等学校" }, []],
    [{ mExperienceMonths: "1200" }, ["mExperienceMonths=maxLength"]],
    [{ mCareers: [] }, ["mCareers=required"]],
    [{ mHasCareer: "無", mCareers: [] }, []],
    [{ mCareers: [{ joined: "2011", employer: "上海華東食品貿易有限公司" }] }, ["mCareers.0.joined=exactLength"]],
    [{ mCareers: [{ joined: "201113", employer: "上海華東食品貿易有限公司" }] }, ["mCareers.0.joined=yearMonth"]],
    [{ mCareers: [{ joined: "201108" }] }, ["mCareers.0.employer=required"]],
    [{ mContractType: "その他" }, ["mContractTypeOther=required"]],
    [{ mOrgCorporateNumber: "" }, ["mOrgCorporateNumber=required"]],
    [{ mOrgCorporateNumber: "1234567890123" }, ["mOrgCorporateNumber=corporateNumber"]],
    [{ mOrgHasCorporateNumber: "無" }, []],
    [{ mOrgIndustry: "その他の卸売業" }, ["mOrgIndustryOther=required"]],
    [{ mOrgIndustry: "分類不能の産業" }, ["mOrgIndustryOther=required"]],
    [{ mOrgIndustry: "公務（他に分類されるものを除く）" }, ["mOrgIndustry=option"]],
    [{ mOrgOtherIndustries: [{ industry: "その他の小売業" }] }, ["mOrgOtherIndustries.0.industryOther=required"]],
    [{ mOrgPostalCode: "530-0001" }, ["mOrgPostalCode=charClass_halfDigits", "mOrgPostalCode=exactLength"]],
    [{ mOrgCapital: "" }, ["mOrgCapital=required"]],
    [{ mOrgInvestment: "123456789" }, ["mOrgInvestment=maxLength"]],
    [{ mOrgStaff: "", mOrgResidentStaff: "" }, []],
    [{ mOccupation1: "情報処理・通信技術" }, ["mOccupation1=option"]],
    [{ mOtherOccupations: [{ occupation: "" }] }, ["mOtherOccupations.0.occupation=requiredChoice"]],
    [{ mWorkPeriod: "定めあり" }, ["mWorkYears=requiredChoice", "mWorkMonths=requiredChoice"]],
    [{ mWorkPeriod: "定めあり", mWorkYears: "6", mWorkMonths: "0" }, ["mWorkYears=option"]],
    [{ mMonthlyPay: "50万" }, ["mMonthlyPay=charClass_halfDigits"]],
    [{ mPosition: "" }, ["mPosition=required"]],
    [{ mOfficeArea: "123456" }, ["mOfficeArea=maxLength"]],
    [{ mOfficeRent: "" }, ["mOfficeRent=required"]],
    [{ mOfficeTenure: "保有", mOfficeRent: "" }, []],
    [{ repName: "" }, ["repName=required"]],
  ];
  assertCases(check, manager, cases);
  // Hidden by their condition, answers are not kept.
  assert.equal(normalize(forms.coe, { ...manager, mOfficeTenure: "保有" }).mOfficeRent, undefined);
});
