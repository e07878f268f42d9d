import { test } from "node:test";
import assert from "node:assert/strict";
import { assertCases, assertPasses, checker, formsOf, numberOf } from "./residence/testing";
import { traineeCoeQ, traineeExtensionQ } from "./residence/examples-q";

const forms = formsOf("Q");
const check = checker(forms.coe);
const trainee = traineeCoeQ;
const host = (trainee.qHosts as Record<string, string>[])[0];

test("区分Q: a realistic 研修 application passes in every step, on 認定 and 更新", () => {
  assertPasses(forms.coe, trainee);
  assertPasses(forms.extension, traineeExtensionQ);
});

test("区分Q: 認定 carries the paper numbers found; 変更/更新/取得 none", () => {
  assert.deepEqual(
    ["qAfterPlan", "qCareers", "repName", "qHosts", "qPracticalPeriod", "qReturnFareOther", "qSenders", "qSafety"].map(
      (n) => numberOf(forms.coe, n),
    ),
    ["24.1", "27", "28.1", "2", "4.3", "9.3", "12", "23"],
  );
  for (const kind of ["change", "extension", "acquisition"] as const)
    assert.deepEqual(
      ["qAfterPlan", "repName", "qHosts", "qSafety"].map((n) => numberOf(forms[kind], n)),
      [undefined, undefined, undefined, undefined],
      kind,
    );
});

test("区分Q: each conditional item and field rule is refused with its own message", () => {
  const cases: [Record<string, unknown>, string[]][] = [
    [{ qAfterPlan: "帰国後自営業" }, ["qAfterPlanBusiness=required"]],
    [{ qAfterPlan: "その他" }, ["qAfterPlanOther=required"]],
    [{ qAfterPlan: "" }, ["qAfterPlan=requiredChoice"]],
    [{ qCareers: [] }, ["qCareers=required"]],
    [{ qHasCareer: "無", qCareers: [] }, []],
    [{ qCareers: [{ joined: "2018", employer: "X" }] }, ["qCareers.0.joined=exactLength"]],
    [{ qHosts: [] }, ["qHosts=required"]],
    [{ qHosts: [{ ...host, kind: "その他" }] }, ["qHosts.0.kindOther=required"]],
    [{ qHosts: [{ ...host, corporateNumber: "" }] }, ["qHosts.0.corporateNumber=required"]],
    [{ qHosts: [{ ...host, hasCorporateNumber: "無", corporateNumber: "" }] }, []],
    [{ qHosts: [{ ...host, keepsRecords: "" }] }, ["qHosts.0.keepsRecords=requiredChoice"]],
    [{ qHosts: [host, { ...host, phone: "" }] }, ["qHosts.1.phone=required"]],
    [{ qContent: "その他" }, ["qContentOther=required"]],
    [{ qContent: "介護" }, ["qContent=option"]],
    [{ qTo: "20270301" }, ["qTo=dateOrder"]],
    [{ qFrom: "" }, ["qFrom=required"]],
    [{ qPractical: "有" }, ["qPracticalPeriod=required", "qPracticalHours=required"]],
    [{ qPractical: "有", qPracticalPeriod: "2月", qPracticalHours: "280", qPracticalRatio: "1/3" }, []],
    [{ qAllowance: "12万円" }, ["qAllowance=charClass_halfDigits"]],
    [{ qHoursFromM: "60" }, ["qHoursFromM=option"]],
    [{ qHoursToH: "" }, ["qHoursToH=requiredChoice"]],
    [{ qReturnFare: "その他" }, ["qReturnFareOther=required"]],
    [{ qReturnFareOrg: "" }, ["qReturnFareOrg=required"]],
    [
      { qBrokerName: "協同組合霞人材交流センター" },
      ["qBrokerPostalCode=required", "qBrokerAddress=required", "qBrokerPhone=required"],
    ],
    [{ qBrokerName: "", qBrokerPostalCode: "1" }, []],
    [
      { qSenders: [{ name: "Siam Kasumi Precision Co., Ltd." }] },
      ["qSenders.0.country=requiredChoice", "qSenders.0.address=required"],
    ],
    [{ qSenders: [] }, []],
    [{ qPreTrainingHours: "" }, ["qPreTrainingHours=required"]],
    [{ qPreTrainingTo: "20270101" }, ["qPreTrainingTo=dateOrder"]],
    [{ qPreTrainingOrg: "", qPreTrainingFrom: "", qPreTrainingTo: "", qPreTrainingHours: "" }, []],
    [{ qStandard: "基準５号ロ" }, []],
    [{ qFunder: "地方公共団体" }, ["qFunderName=required"]],
    [{ qFunder: "日本国政府", qFunderAmount: "10000000", qFunderRatio: "50%" }, []],
    [{ qLodgingName: "" }, ["qLodgingName=required"]],
    [{ qFacilityAddress: "あ".repeat(86) }, ["qFacilityAddress=maxLength"]],
    [{ qLifeAdvisor: "" }, ["qLifeAdvisor=required"]],
    [{ qInsurance: "" }, ["qInsurance=required"]],
    [{ qSafety: "" }, ["qSafety=requiredChoice"]],
  ];
  assertCases(check, trainee, cases);
});
