import { test } from "node:test";
import assert from "node:assert/strict";
import type { FormDefinition, FormValues } from "../types";
import { allFields } from "../engine";
import { findStep, stepForm } from "../steps";
import { nurseCoeU, nurseExtensionU } from "./residence/examples-u";
import { assertPasses, checker, formsOf, numberOf } from "./residence/testing";

const forms = formsOf("U");
const check = checker(forms.coe);
const checkRenewal = checker(forms.extension);
const nurse = nurseCoeU;
const fieldNames = (def: FormDefinition) => allFields(def).map((f) => f.name);

/** The nurse's answers as another 特定活動 applicant: the medical lists give way to 特定活動's. */
const designated = (activity: string, extra: FormValues = {}): FormValues => ({
  ...nurse,
  status: "特定活動",
  uActivityDesignated: activity,
  uPurpose: "本邦で活動するため。滞在費は本人の報酬で支弁する。",
  uOrgIndustry: "医療業",
  ...extra,
});

test("区分U: a realistic 医療 application passes in every step, on 認定, 変更 and 更新", () => {
  assertPasses(forms.coe, nurse);
  assertPasses(forms.extension, nurseExtensionU);
  const change = { ...nurseExtensionU, birthPlace: "マニラ", currentStatus: "特定活動" };
  assert.deepEqual(checker(forms.change)(change), []);
  // The organization step carries the status and 活動内容 its conditions read.
  const org = stepForm(forms.coe, findStep(forms.coe, "organization")!);
  const carried = org.sections.find((s) => s.id === "carried")?.fields.map((f) => f.name) ?? [];
  assert.ok(carried.includes("status") && carried.includes("uActivityDesignated"), carried.join());
});

test("区分U: numbers of 認定 and of 変更/更新", () => {
  assert.equal(numberOf(forms.coe, "uActivityMedical"), "22.1");
  assert.equal(numberOf(forms.extension, "uActivityMedical"), "17.1");
  assert.equal(numberOf(forms.coe, "uMajorUniversityOther"), "28.2");
  assert.equal(numberOf(forms.change, "uMajorUniversityOther"), "23.2");
  assert.equal(numberOf(forms.coe, "repName"), "32.1");
  assert.equal(numberOf(forms.extension, "repName"), undefined);
  assert.equal(numberOf(forms.extension, "uCareers"), undefined);
  assert.equal(numberOf(forms.extension, "uOrgName"), "5.1");
  // 前回許可時以降 items: 変更 and 更新 only.
  for (const n of ["uActivityChanged", "uDutiesChanged", "uPlanChanged"]) {
    assert.ok(!fieldNames(forms.coe).includes(n) && !fieldNames(forms.acquisition).includes(n), n);
    assert.ok(fieldNames(forms.extension).includes(n) && fieldNames(forms.change).includes(n), n);
  }
});

test("区分U: each status asks its own 活動内容, 職種 and 業種", () => {
  const legal = {
    ...nurse,
    status: "法律・会計業務",
    uActivityLegal: "外国法事務弁護士",
    uOccupationLegal: "外国法事務弁護士",
    uOrgIndustry: "専門サービス業（他に分類されないもの）",
    uMajorUniversity: "法学",
  };
  assert.deepEqual(check(legal), []);
  assert.deepEqual(check({ ...legal, uActivityLegal: "" }), ["uActivityLegal=requiredChoice"]);
  // Another status's choice is not one of this status's: 医師 is no 活動内容 of 法律・会計業務.
  assert.deepEqual(check({ ...legal, uActivityLegal: "医師" }), ["uActivityLegal=option"]);
  assert.deepEqual(check({ ...nurse, uActivityMedical: "" }), ["uActivityMedical=requiredChoice"]);
  assert.deepEqual(check({ ...nurse, uOccupationMedical: "" }), ["uOccupationMedical=requiredChoice"]);
  assert.deepEqual(check({ ...nurse, uOrgIndustryMedical: "" }), ["uOrgIndustryMedical=requiredChoice"]);
  assert.deepEqual(check({ ...nurse, uOrgIndustryMedical: "専門サービス業（他に分類されないもの）" }), [
    "uOrgIndustryMedical=option",
  ]);
  assert.deepEqual(check({ ...legal, uOrgIndustry: "その他のサービス業（他に分類されないもの）" }), [
    "uOrgIndustryOther=required",
  ]);
  assert.deepEqual(check({ ...legal, uOrgOtherIndustries: [{ industry: "分類不能の産業" }] }), [
    "uOrgOtherIndustries.0.industryOther=required",
  ]);
  assert.deepEqual(check({ ...nurse, uOtherOccupationsMedical: [{ occupation: "" }] }), [
    "uOtherOccupationsMedical.0.occupation=requiredChoice",
  ]);
  // 公用: its lists, and its own items.
  const official = {
    ...nurse,
    status: "公用",
    uActivityOfficial: "公用",
    uOrgIndustryOfficial: "公務（他に分類されるものを除く）",
    uPurpose: "在日大使館の職員として公務に従事する。",
  };
  assert.deepEqual(check(official), [
    "uPassportType=requiredChoice",
    "uMission=required",
    "uLocalStaff=requiredChoice",
    "uMofaIdHas=requiredChoice",
  ]);
  const officer = { ...official, uPassportType: "公用", uMission: "会計", uLocalStaff: "いいえ", uMofaIdHas: "無" };
  assert.deepEqual(check(officer), []);
  assert.deepEqual(check({ ...officer, uMofaIdHas: "有" }), ["uMofaId=required"]);
  assert.deepEqual(check({ ...officer, uMofaIdHas: "有", uMofaId: "12345678901" }), ["uMofaId=maxLength"]);
  // A family member: no 用務 or 現地職員, and no workplace needed once its name is left out.
  const family = {
    ...officer,
    uActivityOfficial: "家族と同居（外交官の家族を含む）",
    uMission: "",
    uLocalStaff: "",
    uOrgName: "",
    uOrgHasCorporateNumber: "",
    uOrgIndustryOfficial: "",
    uOrgPostalCode: "",
    uOrgAddress: "",
    uOrgPhone: "",
  };
  assert.deepEqual(check(family), []);
});

test("区分U: 法律・会計業務 and 医療 require the workplace and terms; others only once named", () => {
  assert.deepEqual(check({ ...nurse, uOrgName: "" }), ["uOrgName=required"]);
  assert.deepEqual(check({ ...nurse, uOrgPhone: "" }), ["uOrgPhone=required"]);
  assert.deepEqual(check({ ...nurse, uSchoolName: "" }), ["uSchoolName=required"]);
  assert.deepEqual(check({ ...nurse, uActivityDetail: "" }), ["uActivityDetail=required"]);
  assert.deepEqual(check({ ...nurse, uMonthlyPay: "" }), ["uMonthlyPay=required"]);
  assert.deepEqual(check({ ...nurse, uHasPosition: "有" }), ["uPosition=required"]);
  assert.deepEqual(check({ ...nurse, uOrgHasCorporateNumber: "無" }), []);
  assert.deepEqual(check({ ...nurse, uOrgCorporateNumber: "1234567890123" }), ["uOrgCorporateNumber=corporateNumber"]);
  const volunteer = designated("英国人ボランティア", { uSchoolName: "", uActivityDetail: "", uMonthlyPay: "" });
  assert.deepEqual(check(volunteer), []);
  assert.deepEqual(check({ ...volunteer, uOrgPhone: "" }), ["uOrgPhone=required"]);
  assert.deepEqual(check({ ...volunteer, uPurpose: "" }), ["uPurpose=required"]);
  assert.deepEqual(check({ ...nurse, uPurpose: "あ".repeat(601) }), ["uPurpose=maxLength"]);
});

test("区分U: 学歴 and 職歴 items follow their answers", () => {
  assert.deepEqual(check({ ...nurse, uEducationLevel: "その他", uEducationOther: "" }), ["uEducationOther=required"]);
  assert.deepEqual(check({ ...nurse, uMajorUniversityOther: "" }), ["uMajorUniversityOther=required"]);
  assert.deepEqual(check({ ...nurse, uMajorUniversity: "介護福祉" }), ["uMajorUniversity=option"]);
  assert.deepEqual(check({ ...nurse, uEducationLevel: "専門学校" }), ["uMajorSenmon=requiredChoice"]);
  assert.deepEqual(check({ ...nurse, uEducationLevel: "専門学校", uMajorSenmon: "その他" }), [
    "uMajorSenmonOther=required",
  ]);
  assert.deepEqual(check({ ...nurse, uGraduated: "2018" }), ["uGraduated=exactLength"]);
  assert.deepEqual(check({ ...nurse, uGraduated: "201813" }), ["uGraduated=yearMonth"]);
  assert.deepEqual(check({ ...nurse, uCareers: [] }), ["uCareers=required"]);
  assert.deepEqual(check({ ...nurse, uCareers: [{ country: "フィリピン", joined: "201913" }] }), [
    "uCareers.0.joined=yearMonth",
  ]);
  assert.deepEqual(check({ ...nurse, uCareers: [{ country: "日本", joined: "2019" }] }), []);
  assert.deepEqual(check({ ...nurse, uHasCareer: "無" }), []);
  assert.deepEqual(check({ ...nurse, uContractType: "その他" }), ["uContractTypeOther=required"]);
});

test("区分U: items of one 活動内容 are asked for it alone", () => {
  assert.deepEqual(check({ ...nurse, uActivityMedical: "准看護師" }), ["uAssistantNurseLicensed=required"]);
  assert.deepEqual(check({ ...nurse, uActivityMedical: "准看護師", uAssistantNurseLicensed: "20270101" }), [
    "uAssistantNurseLicensed=datePast",
  ]);
  assert.deepEqual(check({ ...nurse, uActivityMedical: "准看護師", uAssistantNurseLicensed: "20190401" }), []);

  const athlete = designated("アマチュアスポーツ選手");
  assert.deepEqual(check(athlete), ["uCompetitions=required"]);
  assert.deepEqual(check({ ...athlete, uCompetitions: [{ kind: "オリンピック大会出場", year: "2024" }] }), []);
  assert.deepEqual(check({ ...athlete, uCompetitions: [{ kind: "その他国際的な競技会出場", year: "24" }] }), [
    "uCompetitions.0.name=required",
    "uCompetitions.0.year=exactLength",
  ]);

  assert.deepEqual(check(designated("インターンシップ")), ["uUniversity=required", "uUniversityFaculty=required"]);
  assert.deepEqual(
    check(designated("サマージョブ", { uUniversity: "マニラ大学", uUniversityFaculty: "経済学部" })),
    [],
  );

  assert.deepEqual(check(designated("外国人起業家")), ["uManagementYears=required", "uFieldYears=required"]);
  assert.deepEqual(check(designated("外国人起業家", { uManagementYears: "5", uFieldYears: "1000" })), [
    "uFieldYears=maxLength",
  ]);

  // 家事使用人: the pledge and the 雇用主.
  const domestic = check(designated("家事使用人"));
  assert.deepEqual(domestic.slice(0, 3), [
    "uChildCarePledge=requiredChoice",
    "uEmployerNationality=requiredChoice",
    "uEmployerName=required",
  ]);
  const employer = designated("家事使用人", {
    uChildCarePledge: "有",
    uEmployerNationality: "米国",
    uEmployerName: "スミス　ジョン",
    uEmployerSex: "男",
    uEmployerBirthDate: "19750310",
    uEmployerPostalCode: "1060032",
    uEmployerAddress: "東京都港区六本木１－１－１",
    uEmployerPhone: "0312345678",
    uEmployerPosition: "一等書記官",
    uEmployerStatus: "外交",
    uEmployerPeriod: "3年",
    uEmployerExpiry: "20280331",
    uEmployerFamily: [
      {
        relationship: "子",
        name: "スミス　エマ",
        birthDate: "20180601",
        nationality: "米国",
        livingTogether: "有",
        residenceStatus: "外交",
      },
    ],
  });
  assert.deepEqual(check(employer), []);
  assert.deepEqual(check({ ...employer, uEmployerFamily: [{ relationship: "その他", name: "あ" }] }), [
    "uEmployerFamily.0.relationshipOther=required",
    "uEmployerFamily.0.birthDate=required",
    "uEmployerFamily.0.nationality=requiredChoice",
    "uEmployerFamily.0.livingTogether=requiredChoice",
  ]);
  assert.deepEqual(check({ ...employer, uEmployerStatus: "医療" }), ["uEmployerStatus=option"]);
  // Not a 家事使用人: the employer's answers are not asked, whatever they hold.
  assert.deepEqual(check({ ...employer, uActivityDesignated: "英国人ボランティア", uEmployerName: "" }), []);
});

test("区分U: 扶養者 once named, 日系四世受入れサポーター a person or an organization", () => {
  const child = designated("外国人起業家の配偶者又は子", {
    uSchoolName: "",
    uOrgName: "",
    uOrgHasCorporateNumber: "",
    uOrgIndustry: "",
    uOrgPostalCode: "",
    uOrgAddress: "",
    uOrgPhone: "",
    uActivityDetail: "",
    uMonthlyPay: "",
  });
  assert.deepEqual(check(child), []);
  const named = check({ ...child, uSupporterName: "SANTOS JOSE" });
  assert.deepEqual(named.slice(0, 3), [
    "uSupporterBirthDate=required",
    "uSupporterNationality=requiredChoice",
    "uSupporterStatus=requiredChoice",
  ]);
  assert.ok(named.includes("uSupporterIncome=required"), named.join());
  const supporter = {
    ...child,
    uSupporterName: "SANTOS JOSE",
    uSupporterBirthDate: "19900101",
    uSupporterNationality: "フィリピン",
    uSupporterCardNumber: "AB12345678CD",
    uSupporterStatus: "特定活動",
    uSupporterPeriod: "1年",
    uSupporterExpiry: "20271231",
    uSupporterRelation: "夫",
    uSupporterWorkplace: "株式会社サントス",
    uSupporterHasCorporateNumber: "無",
    uSupporterWorkPostalCode: "1500002",
    uSupporterWorkAddress: "東京都渋谷区渋谷２－１－１",
    uSupporterWorkPhone: "0334561234",
    uSupporterIncome: "6000000",
  };
  assert.deepEqual(check(supporter), []);
  // 年収 is not asked of a supporter who is 外交 or 公用.
  assert.deepEqual(check({ ...supporter, uSupporterStatus: "公用", uSupporterIncome: "" }), []);
  assert.deepEqual(check({ ...supporter, uSupporterRelation: "その他" }), ["uSupporterRelationOther=required"]);
  assert.deepEqual(check({ ...supporter, uSupporterName: "Santos Jose" }), ["uSupporterName=charClass_halfUpper"]);
  // 医療: no 扶養者 items.
  assert.ok(!check({ ...nurse, uSupporterName: "SANTOS JOSE" }).length);

  const fourth = designated("日系４世", { uActivityDetail: "" });
  assert.deepEqual(check(fourth), ["uNikkeiName=required"]);
  const japanese = {
    ...fourth,
    uNikkeiName: "山田一郎",
    uNikkeiBirthDate: "19600505",
    uNikkeiNationality: "日本",
    uNikkeiRelation: "親族",
    uNikkeiPostalCode: "4600001",
    uNikkeiAddress: "愛知県名古屋市中区三の丸１－１－１",
    uNikkeiPhone: "0521234567",
  };
  assert.deepEqual(check(japanese), []);
  const foreign = { ...japanese, uNikkeiNationality: "ブラジル" };
  assert.deepEqual(check(foreign), ["uNikkeiHasCard=requiredChoice", "uNikkeiStatus=requiredChoice"]);
  assert.deepEqual(check({ ...foreign, uNikkeiHasCard: "無", uNikkeiStatus: "定住者" }), [
    "uNikkeiEdLetters=required",
    "uNikkeiEdDigits=required",
  ]);
  assert.deepEqual(
    check({
      ...foreign,
      uNikkeiHasCard: "無",
      uNikkeiStatus: "定住者",
      uNikkeiEdLetters: "AB",
      uNikkeiEdDigits: "123",
    }),
    ["uNikkeiEdDigits=exactLength"],
  );
  assert.deepEqual(
    check({ ...foreign, uNikkeiHasCard: "有", uNikkeiCardNumber: "AB12345678CD", uNikkeiStatus: "定住者" }),
    [],
  );
  const body = { ...fourth, uNikkeiOrgName: "日系支援協会" };
  assert.deepEqual(check(body), [
    "uNikkeiOrgPostalCode=required",
    "uNikkeiOrgAddress=required",
    "uNikkeiOrgPhone=required",
  ]);
});

test("区分U: 職業紹介事業者 and 取次機関 once named", () => {
  const brokered = { ...nurse, uBrokerName: "株式会社霞メディカル人材" };
  assert.deepEqual(check(brokered), [
    "uBrokerHasCorporateNumber=requiredChoice",
    "uBrokerPostalCode=required",
    "uBrokerAddress=required",
    "uBrokerPhone=required",
    "uBrokerPermit=required",
    "uBrokerAccepted=required",
  ]);
  const broker = {
    ...brokered,
    uBrokerHasCorporateNumber: "無",
    uBrokerPostalCode: "1600023",
    uBrokerAddress: "東京都新宿区西新宿２－８－１",
    uBrokerPhone: "0353201234",
    uBrokerPermit: "１３－ユ－１２３４５６",
    uBrokerAccepted: "20200401",
  };
  assert.deepEqual(check(broker), []);
  assert.deepEqual(check({ ...broker, uBrokerName: "Kasumi Medical" }), []);
  assert.deepEqual(check({ ...broker, uIntermediaryName: "ＰＨ人材センター" }), [
    "uIntermediaryPostalCode=required",
    "uIntermediaryAddress=required",
    "uIntermediaryPhone=required",
  ]);
  // Without a 職業紹介事業者 the 取次機関 is not asked.
  assert.deepEqual(check({ ...nurse, uIntermediaryName: "ＰＨ人材センター" }), []);
});

test("区分U: 変更/更新 ask what changed since the last permission", () => {
  assert.deepEqual(checkRenewal({ ...nurseExtensionU, uActivityChanged: "有" }), ["uActivityChangedDetail=required"]);
  assert.deepEqual(checkRenewal({ ...nurseExtensionU, uDutiesChanged: "有" }), ["uDutiesChangedDetail=required"]);
  const worker = {
    ...nurseExtensionU,
    status: "特定活動",
    uActivityDesignated: "製造業外国従業員受入事業における特定外国従業員",
    uPurpose: "製造特定活動計画に基づき、本邦の工場で製造業務に従事する。",
    uOrgIndustry: "輸送用機械器具製造業",
  };
  assert.deepEqual(checkRenewal(worker), ["uPlanChanged=requiredChoice"]);
  assert.deepEqual(checkRenewal({ ...worker, uPlanChanged: "有" }), ["uPlanChangedDetail=required"]);
  assert.deepEqual(checkRenewal({ ...worker, uPlanChanged: "無" }), []);
  // One of the phones: the applicant's (common part) and the 代理人's.
  assert.deepEqual(check({ ...nurse, contactMobile: "" }), ["contactPhone=phoneOrMobile"]);
  assert.deepEqual(check({ ...nurse, repPhone: "" }), ["repPhone=phoneOrMobile"]);
  assert.deepEqual(check({ ...nurse, repPhone: "", repMobile: "09087654321" }), []);
  assert.deepEqual(checkRenewal({ ...nurseExtensionU, repPhone: "" }), ["repPhone=phoneOrMobile"]);
});
