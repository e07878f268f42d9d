import { test } from "node:test";
import assert from "node:assert/strict";
import type { FormDefinition, FormValues } from "../types";
import { ruleFields, unknownName } from "../types";
import { allFields, normalize, stepsWithIssues, validate, validateStep } from "../engine";
import { csvColumns } from "../csv";
import { everyForm, formFor, statusChoiceForm } from "../registry";
import { mergeStep, stepForm } from "../steps";
import { coeN } from "./residence/coe-n";
import { engineerCoeN, engineerExtensionN } from "./residence/examples";
import { acquisitionN, changeN, extensionN } from "./residence/forms";
import { workCertificate } from "./residence/acquisition-work";
import { checker, conditionFields, today } from "./residence/testing";

const definitions: FormDefinition[] = everyForm();

test("every definition: unique names and options, conditions that point at fields, steps that hold sections", () => {
  for (const def of definitions) {
    const fields = allFields(def);
    const top = fields.flatMap((f) => (f.type === "date" && f.unknownParts ? [f.name, unknownName(f.name)] : [f.name]));
    assert.equal(new Set(top).size, top.length, `${def.id}: duplicate field names`);
    for (const f of fields) {
      if (f.type === "hidden") continue;
      for (const n of [
        ...conditionFields(f.showWhen),
        ...conditionFields(f.requiredWhen),
        ...conditionFields(f.helpWhen?.when),
      ])
        assert.ok(top.includes(n), `${def.id}.${f.name} depends on missing ${n}`);
      if ("options" in f) assert.equal(new Set(f.options.map((o) => o.value)).size, f.options.length, f.name);
      if (f.type === "group") {
        const own = f.fields.map((c) => c.name);
        assert.equal(new Set(own).size, own.length, f.name);
        for (const c of f.fields) {
          for (const n of [...conditionFields(c.showWhen), ...conditionFields(c.requiredWhen)])
            assert.ok(own.includes(n) || top.includes(n), `${f.name}.${c.name} depends on missing ${n}`);
          if ("options" in c) assert.equal(new Set(c.options.map((o) => o.value)).size, c.options.length, c.name);
        }
      }
    }
    for (const r of def.rules ?? []) for (const n of ruleFields(r)) assert.ok(top.includes(n), n);
    // A 区分's own sections (`x-…`) hold fields carrying its letter (`xName`): they never meet the
    // common part's or another 区分's.
    for (const s of def.sections) {
      const letter = /^([a-z])-/.exec(s.id)?.[1];
      if (letter) for (const f of s.fields) assert.match(f.name, new RegExp(`^${letter}[A-Z]`), `${def.id}: ${f.name}`);
    }
    const cols = csvColumns(def).map((c) => c.key);
    assert.equal(new Set(cols).size, cols.length, `${def.id}: CSV ids are unique`);
    const stepped = (def.steps ?? []).flatMap((s) => s.sections);
    assert.equal(new Set(stepped).size, stepped.length, `${def.id}: a section is in one step`);
    for (const id of stepped)
      assert.ok(
        def.sections.some((s) => s.id === id),
        id,
      );
  }
});

const engineer = engineerCoeN;

const check = checker(coeN);

test("区分N: a realistic engineer's application passes in every step", () => {
  assert.deepEqual(check(engineer), []);
  assert.deepEqual(stepsWithIssues(coeN, normalize(coeN, engineer), today), []);
  const career = { country: "ベトナム", joined: "202008", left: "", employerRoman: "FPT SOFTWARE", employerKanji: "" };
  assert.deepEqual(check({ ...engineer, hasCareer: "有", careers: [career] }), []);
  assert.deepEqual(check({ ...engineer, hasCareer: "有" }), ["careers=required"]);
});

test("区分N: conditional items are required only when their answer asks for them", () => {
  assert.deepEqual(check({ ...engineer, criminalRecord: "有" }), ["criminalRecordDetail=required"]);
  assert.deepEqual(check({ ...engineer, relativesInJapan: "有" }), ["relatives=required"]);
  assert.deepEqual(
    check({
      ...engineer,
      relativesInJapan: "有",
      relatives: [
        {
          relationship: "兄",
          name: "あ".repeat(27),
          birthDate: "",
          birthDateUnknown: "ymd",
          nationality: "ベトナム",
          livingTogether: "無",
          workplace: "株式会社Ａ",
          cardNumber: "ab12345678cd",
        },
      ],
    }),
    ["relatives.0.name=maxLength"],
  );
  assert.deepEqual(check({ ...engineer, portOfEntry: "その他" }), ["portOfEntryOther=required"]);
  assert.deepEqual(
    check({ ...engineer, pastEntries: "有", pastEntryCount: "2", lastEntryFrom: "20240301", lastEntryTo: "20240201" }),
    ["lastEntryTo=dateOrder"],
  );
  assert.deepEqual(check({ ...engineer, workPeriod: "定めあり" }), [
    "workYears=requiredChoice",
    "workMonths=requiredChoice",
  ]);
  assert.deepEqual(check({ ...engineer, educationLevel: "専門学校" }), ["majorSenmon=requiredChoice"]);
  assert.deepEqual(check({ ...engineer, dispatchName: "株式会社派遣先" }), [
    "dispatchHasCorporateNumber=requiredChoice",
    "dispatchIndustry=requiredChoice",
    "dispatchPostalCode=required",
    "dispatchAddress=required",
    "dispatchPhone=required",
  ]);
  // 研究室 is part of the form only for 研究; for others a posted value is dropped.
  assert.equal(normalize(coeN, { ...engineer, labName: "X研究室" }).labName, undefined);
  assert.equal(normalize(coeN, { ...engineer, status: "研究", labName: "X研究室" }).labName, "X研究室");
});

test("区分N: each field rule is refused with its own message", () => {
  const cases: [Record<string, unknown>, string[]][] = [
    [{ contactMobile: "" }, ["contactPhone=phoneOrMobile"]],
    [{ nameRoman: "Nguyen Van An" }, ["nameRoman=charClass_halfUpper"]],
    [{ homeTownAddress: "ハノイ\t市" }, ["homeTownAddress=charClass_fullWidth"]],
    [{ contactPostalCode: "100-0013" }, ["contactPostalCode=charClass_halfDigits", "contactPostalCode=exactLength"]],
    [{ orgCorporateNumber: "1234567890123" }, ["orgCorporateNumber=corporateNumber"]],
    [{ orgInsuranceNo: "1234" }, ["orgInsuranceNo=exactLength"]],
    [{ monthlySalary: "300,000" }, ["monthlySalary=charClass_halfDigits"]],
    [{ activityDetail: "あ".repeat(601) }, ["activityDetail=maxLength"]],
    [{ freeText: "あ".repeat(301) }, ["freeText=maxLength"]],
    [{ notifyEmailAgain: "hr@kasumi.exampl" }, ["notifyEmailAgain=emailMismatch"]],
    [{ hasCareer: "有", careers: [{ country: "ベトナム", joined: "202013" }] }, ["careers.0.joined=yearMonth"]],
    [{ birthDate: "20300101" }, ["birthDate=datePast"]],
    [{ intentConfirmed: [] }, ["intentConfirmed=requiredChoice"]],
    [{ status: "外交" }, ["status=option"]],
    [{ passportNumber: "C1234567" }, ["passportExpiry=required"]],
  ];
  for (const [change, expected] of cases)
    assert.deepEqual(check({ ...engineer, ...change }), expected, JSON.stringify(change));
  // Full-width digits, a card number in lower case and a half-width address are read as meant.
  const typed = normalize(coeN, { ...engineer, orgAddress: "東京都千代田区霞が関1-1-1 ｶｽﾐﾋﾞﾙ2F" });
  assert.equal(typed.orgAddress, "東京都千代田区霞が関１－１－１　カスミビル２Ｆ");
  assert.deepEqual(validate(coeN, typed, today), []);
  assert.deepEqual(
    check({ ...engineer, monthlySalary: "３０００００", careers: [{ country: "ベトナム", joined: "２０２００８" }] }),
    [],
  );
});

test("a step as a form: its sections, the other answers its conditions read, and nothing else taken back", () => {
  const step = coeN.steps!.find((s) => s.id === "organization")!;
  const form = stepForm(coeN, step);
  const fields = allFields(form);
  assert.ok(fields.some((f) => f.name === "orgName"));
  assert.ok(!fields.some((f) => f.name === "nameRoman"));
  assert.deepEqual(
    fields.filter((f) => f.type === "hidden").map((f) => f.name),
    ["status"],
  );
  // A forged post cannot change another step's answers, the status included.
  const merged = mergeStep(form, engineer, { orgName: "株式会社新", status: "研究", nameRoman: "FORGED" });
  assert.equal(merged.orgName, "株式会社新");
  assert.equal(merged.status, "技術・人文知識・国際業務");
  assert.equal(merged.nameRoman, "NGUYEN VAN AN");
  // Checked a step at a time: the empty organization step does not hold up the applicant step.
  const onlyApplicant = Object.fromEntries(
    Object.entries(engineer).filter(([k]) => !allFields(form).some((f) => f.name === k && f.type !== "hidden")),
  ) as FormValues;
  assert.deepEqual(validateStep(coeN, normalize(coeN, onlyApplicant), "applicant", today), []);
  assert.ok(validateStep(coeN, normalize(coeN, onlyApplicant), "organization", today).length > 0);
  assert.deepEqual(stepsWithIssues(coeN, normalize(coeN, onlyApplicant), today), ["organization"]);
  // 資料添付 is part of its own step only.
  assert.equal(
    stepForm(
      coeN,
      coeN.steps!.find((s) => s.attachments)!,
    ).attachments,
    coeN.attachments,
  );
  assert.equal(form.attachments, undefined);
});

test("希望する在留資格 offers the statuses of the built 区分, and the status picks its category's form", () => {
  const choice = statusChoiceForm(coeN)!;
  const f = allFields(choice)[0];
  assert.ok("options" in f);
  const offered = f.options.map((o) => o.value);
  for (const s of ["教授", "宗教", "技術・人文知識・国際業務", "特定活動（本邦大学卒業者）", "特定技能", "技能実習"])
    assert.ok(offered.includes(s), s);
  for (const s of ["外交", "短期滞在", "永住者"]) assert.ok(!offered.includes(s), s);
  for (const code of ["coe", "change", "extension", "acquisition"]) {
    assert.equal(formFor(code, "技能")!.id, `${code}-N`);
    assert.equal(formFor(code, "特定技能")!.id, `${code}-V`);
    assert.equal(formFor(code, "特定活動（本邦大学卒業者）")!.id, `${code}-N`);
    assert.equal(formFor(code, "教育")!.id, `${code}-I`);
    assert.equal(formFor(code, "技能実習")!.id, `${code}-Y`);
  }
});

test("変更 and 更新 (区分N): the paper forms' items and numbers, one engineer's answers pass", () => {
  const numbers = (def: FormDefinition) =>
    Object.fromEntries(allFields(def).flatMap((f) => (f.type === "hidden" || !f.number ? [] : [[f.name, f.number]])));
  const ext = numbers(extensionN);
  const chg = numbers(changeN);
  // 更新 has no 出生地: 配偶者の有無 is 5 there and 6 on 変更; both number 在日親族 16 and 犯罪 15.
  assert.equal(ext.birthPlace, undefined);
  assert.equal(chg.birthPlace, "5");
  assert.deepEqual([ext.maritalStatus, chg.maritalStatus], ["5", "6"]);
  assert.deepEqual([ext.status, chg.status, chg.currentStatus], ["11.1", "13.1", "11.1"]);
  assert.deepEqual([ext.criminalRecord, ext.relatives, ext.cardNumber], ["15", "16", "12"]);
  // The organization part without 研究室: 就労予定期間 is 4, 派遣先等 11.
  assert.deepEqual([ext.workPeriod, ext.activityDetail, ext.dispatchName], ["4.1", "10", "11.1"]);
  assert.equal(ext.labName, undefined);

  const checkExt = checker(extensionN);
  assert.deepEqual(checkExt(engineerExtensionN), []);
  assert.deepEqual(checkExt({ ...engineerExtensionN, receiptOffice: "大阪出入国在留管理局" }), [
    "receiptOffice=officeArea",
  ]);
  assert.deepEqual(
    checkExt({ ...engineerExtensionN, residencePrefecture: "神奈川県", receiptOffice: "東京出入国在留管理局横浜支局" }),
    [],
  );
  assert.deepEqual(checkExt({ ...engineerExtensionN, cardNumber: "" }), ["cardNumber=required"]);
  assert.deepEqual(checkExt({ ...engineerExtensionN, cardNumber: "A1234567890B" }), ["cardNumber=residenceCard"]);
  const checkChange = checker(changeN);
  assert.deepEqual(checkChange({ ...engineerExtensionN, birthPlace: "ハノイ", currentStatus: "留学" }), []);
  assert.deepEqual(checkChange(engineerExtensionN), ["birthPlace=required", "currentStatus=requiredChoice"]);
});

test("取得 and 就労資格証明書: their own items; every answer checked as on the other forms", () => {
  const check = (def: FormDefinition, input: Record<string, unknown>) => checker(def)(input);
  // Nothing of a status held yet: those answers of the 更新 example are not part of this form.
  const born = {
    ...engineerExtensionN,
    birthPlace: "東京都",
    acquisitionCause: "出生",
    acquisitionCauseDate: "20261101",
  };
  assert.deepEqual(check(acquisitionN, born), []);
  assert.deepEqual(check(acquisitionN, { ...born, acquisitionCause: "その他" }), ["acquisitionCauseOther=required"]);
  assert.ok(!allFields(acquisitionN).some((f) => f.name === "cardNumber" || f.name === "currentStatus"));

  const work = {
    ...engineerExtensionN,
    status: "技術・人文知識・国際業務",
    certifiedActivity: "株式会社霞ソフトにおけるシステム開発業務",
    workFrom: "20270401",
    workTo: "20300331",
    certificatePurpose: "転職先への提出",
  };
  assert.deepEqual(check(workCertificate, work), []);
  assert.deepEqual(check(workCertificate, { ...work, workTo: "20270101" }), ["workTo=dateOrder"]);
  assert.deepEqual(check(workCertificate, { ...work, status: "特定技能" }), []);
  assert.equal(workCertificate.attachments?.photo, false);
  assert.deepEqual(
    workCertificate.steps?.map((s) => s.id),
    ["applicant", "receipt", "files", "declaration"],
  );
});
