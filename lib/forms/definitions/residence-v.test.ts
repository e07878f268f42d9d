import { test } from "node:test";
import assert from "node:assert/strict";
import type { FormDefinition } from "../types";
import { normalize, stepsWithIssues } from "../engine";
import { findStep, stepForm } from "../steps";
import { cookCoeV, engineerExtensionN } from "./residence/examples";
import { changeN, coeV, extensionN, extensionV } from "./residence/forms";
import { simultaneousOf } from "./residence/simultaneous";
import { assertCases, checker, today } from "./residence/testing";

const check = checker(coeV);
const cook = cookCoeV;

test("区分V: a realistic 特定技能1号 application passes in every step, on 認定 and on 更新", () => {
  assert.deepEqual(check(cook), []);
  assert.deepEqual(stepsWithIssues(coeV, normalize(coeV, cook), today), []);
  const renewal = {
    ...Object.fromEntries(
      Object.entries(cook).filter(
        ([k]) =>
          !/^(birthPlace|entryDate|portOfEntry|stayYears|stayMonths|accompanied|visaPlace|pastEntries|pastCoe|deported|coeReceipt|plan1[56])$/.test(
            k,
          ),
      ),
    ),
    ...Object.fromEntries(
      Object.entries(engineerExtensionN).filter(([k]) =>
        /^(passport|current|cardNumber|desiredPeriod|reason|cardReceipt|residencePrefecture|receiptOffice)/.test(k),
      ),
    ),
    status: "特定技能",
    sswStayYears: "1",
  };
  assert.deepEqual(checker(extensionV)(renewal), []);
  // 更新's support plan has no pre-entry guidance: 14 items, 認定 has 16.
  const plans = (def: FormDefinition) => def.sections.flatMap((s) => s.fields).filter((f) => /^plan\d+$/.test(f.name));
  assert.deepEqual([plans(coeV).length, plans(extensionV).length], [16, 14]);
});

test("区分V: 1号 and 2号, delegated or own support, tests or technical intern training", () => {
  // 2号: no Japanese test, no 通算在留期間, no support plan; the skill-transfer question may be asked.
  const second = { ...cook, sswType: "2号" };
  assert.deepEqual(check(second), []);
  assert.deepEqual(check({ ...cook, langMethod: "" }), ["langMethod=requiredChoice"]);
  assert.deepEqual(check({ ...cook, delegateAll: "" }), ["delegateAll=requiredChoice"]);
  // Support done by the organization itself: its staff and its answers (33)–(41) are asked.
  const own = check({ ...cook, delegateAll: "無" });
  assert.ok(own.includes("supportManager=required") && own.includes("supportNeglect=requiredChoice"), own.join());
  assert.ok(!own.some((x) => x.startsWith("supportOrg")), own.join());
  // By technical intern training (ii): the training rows replace the test rows.
  assert.deepEqual(check({ ...cook, skillMethod: "技能実習２号を良好に修了", skillExams: [] }), [
    "internships=required",
  ]);
  assert.deepEqual(
    check({
      ...cook,
      skillMethod: "技能実習２号を良好に修了",
      internships: [{ trade: "そう菜製造業", work: "そう菜加工作業", proof: "評価調書" }],
    }),
    [],
  );
  assert.deepEqual(check({ ...cook, deposit: "有" }), ["depositOrg=required", "depositAmount=required"]);
  assert.deepEqual(check({ ...cook, hasDispatch: "有" }).slice(0, 3), [
    "sswDispatchName=required",
    "sswDispatchHasCorporateNumber=requiredChoice",
    "sswDispatchPostalCode=required",
  ]);
});

test("区分V: each field rule is refused with its own message", () => {
  const cases: [Record<string, unknown>, string[]][] = [
    [{ supportOrgNumber: "20-005746" }, ["supportOrgNumber=supportOrgNumber"]],
    [{ supportOrgNumber: "2登-005746" }, ["supportOrgNumber=supportOrgNumber"]],
    [{ contractTo: "20270331" }, ["contractTo=dateOrder"]],
    [{ sswCategory1: "土木" }, ["sswCategory1=fieldCategory"]],
    [{ sswField2: "宿泊" }, ["sswCategory2=requiredChoice"]],
    [{ sswField2: "宿泊", sswCategory2: "宿泊" }, []],
    [{ differentTreatment: "有" }, ["differentTreatmentDetail=required"]],
    [{ hoursWeek: "40h" }, ["hoursWeek=charClass_halfDigits"]],
    [{ monthlyPay: "123456789" }, ["monthlyPay=maxLength"]],
    [{ laborInsuranceNo: "1310-1123456" }, ["laborInsuranceNo=charClass_halfAlnum"]],
    [{ sswOrgCorporateNumber: "1234567890123" }, ["sswOrgCorporateNumber=corporateNumber"]],
    [{ sswOrgName: "" }, ["sswOrgName=required"]],
    [{ skillExams: [{ exam: "", place: "インドネシア" }] }, ["skillExams.0.exam=required"]],
    [{ workHistory: [{ joined: "201913", employer: "X" }] }, ["workHistory.0.joined=yearMonth"]],
    [{ supportFee: "" }, ["supportFee=required"]],
  ];
  assertCases(check, cook, cases);
  // 登録番号 typed in 全角 as the official tool asks, or without the hyphen, is the same number.
  for (const typed of ["２０登００５７４６", "20登005746", "２０登－００５７４６"])
    assert.equal(normalize(coeV, { ...cook, supportOrgNumber: typed }).supportOrgNumber, "20登-005746");
});

test("同時申請: 再入国 forces 窓口受領, its items are asked, and each becomes its own application", () => {
  const checkChange = checker(changeN);
  const base = { ...engineerExtensionN, birthPlace: "ハノイ", currentStatus: "留学" };
  assert.deepEqual(checkChange(base), []);
  const reentry = {
    ...base,
    applyReentry: ["申請する"],
    sameAsMain: ["共通項目", "法定代理人", "取次者"],
    reentryPurpose: "親族訪問",
    reentryDestination: "ベトナム",
    reentryDeparture: "20270801",
    reentryReturn: "20270820",
    reentryType: "一次",
    reentryCrime: "無",
    reentryTrial: "無",
  };
  assert.deepEqual(checkChange(reentry), []);
  assert.deepEqual(checkChange({ ...reentry, cardReceipt: "郵送受領" }), ["cardReceipt=reentryCounter"]);
  assert.deepEqual(checkChange({ ...reentry, reentryType: "" }), ["reentryType=requiredChoice"]);
  assert.deepEqual(checkChange({ ...reentry, reentryReturn: "20270701" }), ["reentryReturn=dateOrder"]);
  // Each item of the 同時申請 keeps its own rules.
  const withExtra = {
    ...reentry,
    applyExtraActivity: ["申請する"],
    extraCurrentActivity: "会社員",
    extraDuties: "通訳",
  };
  assert.deepEqual(checkChange(withExtra), []);
  const simCases: [Record<string, unknown>, string[]][] = [
    [{ reentryPurpose: "その他" }, ["reentryPurposeOther=required"]],
    [{ reentryDestination: "あ".repeat(201) }, ["reentryDestination=maxLength"]],
    [{ reentryCrime: "有" }, ["reentryCrimeDetail=required"]],
    [{ extraHours: "100" }, ["extraHours=maxLength"]],
    [{ extraPay: "20万" }, ["extraPay=charClass_halfDigits"]],
    [{ extraPostalCode: "100001" }, ["extraPostalCode=exactLength"]],
    [{ extraCurrentActivity: "" }, ["extraCurrentActivity=required"]],
    [
      { sameAsMain: ["共通項目", "法定代理人"], simAgentName: "" },
      [
        "simAgentName=required",
        "simAgentPostalCode=required",
        "simAgentAddress=required",
        "simAgentOrganization=required",
        "simAgentPhone=required",
      ],
    ],
  ];
  assertCases(checkChange, withExtra, simCases);
  // Not applied for: its items are not asked, whatever they hold.
  assert.deepEqual(checkChange({ ...base, reentryType: "", extraHours: "100" }), []);

  // The rule is checked on the 受領方法等 step, which carries the 再入国 answer it reads.
  const receiptStep = stepForm(changeN, findStep(changeN, "receipt")!);
  assert.ok(receiptStep.sections.some((s) => s.fields.some((f) => f.name === "applyReentry" && f.type === "hidden")));
  assert.ok(receiptStep.rules?.some((r) => r.kind === "allowedPairs" && r.first === "applyReentry"));
  // Personal details not the same as the main application: asked again, with one phone required.
  const differs = checkChange({ ...reentry, sameAsMain: ["法定代理人", "取次者"] });
  assert.ok(
    differs.includes("simNameRoman=required") && differs.includes("simContactPhone=phoneOrMobile"),
    differs.join(),
  );

  const both = {
    ...reentry,
    applyExtraActivity: ["申請する"],
    sameAsMain: ["共通項目", "取次者"],
    simRepName: "山田次郎",
    simRepRelationship: "父",
    extraCurrentActivity: "会社員",
    extraDuties: "通訳",
  };
  const filed = simultaneousOf(changeN, normalize(changeN, both));
  assert.deepEqual(
    filed.map((f) => f.code),
    ["reentry", "extra-activity"],
  );
  const [re, extra] = filed.map((f) => f.values);
  assert.equal(re.nameRoman, "NGUYEN VAN AN");
  assert.equal(re.currentStatus, "留学");
  assert.equal(re.reentryType, "一次");
  assert.equal(re.extraDuties, undefined);
  // 法定代理人 differs: the one typed for the 同時申請, under the main form's names.
  assert.equal(re.repName, "山田次郎");
  assert.equal(extra.repRelationship, "父");
  assert.equal(extra.agentName, engineerExtensionN.agentName);
  // 更新: the status chosen first is the one held now.
  const renewal = simultaneousOf(
    extensionN,
    normalize(extensionN, {
      ...engineerExtensionN,
      applyWorkCertificate: ["申請する"],
      sameAsMain: ["共通項目", "法定代理人", "取次者"],
    }),
  );
  assert.equal(renewal[0].code, "work-certificate");
  assert.equal(renewal[0].values.status, "技術・人文知識・国際業務");
});
