import { test } from "node:test";
import assert from "node:assert/strict";
import { formFor } from "../forms/registry";
import { normalize } from "../forms/engine";
import { engineerCoeN } from "../forms/definitions/residence/examples";
import { reusableFrom, reuseAnswers } from "./reuse";

const STATUS = "技術・人文知識・国際業務";
const coe = normalize(formFor("coe", STATUS)!, engineerCoeN);
const titles = (r: NonNullable<ReturnType<typeof reuseAnswers>>) => ({
  filled: r.summary.filled.map((x) => ("ja" in x.title ? x.title.ja : "")),
  notFilled: r.summary.notFilled.map((x) => ("ja" in x ? x.ja : "")),
});

test("過去の申込: a 認定 fills a 変更's 身分事項, 所属機関 and 取次者, and nothing that belongs to one application", () => {
  const r = reuseAnswers({ procedureCode: "coe", values: coe }, { procedureCode: "change", current: {} })!;
  assert.equal(r.def.id, "change-N", "the status carries over when 変更 offers it");
  assert.equal(r.values.status, STATUS);
  assert.equal(r.values.nameRoman, "NGUYEN VAN AN");
  assert.equal(r.values.birthDate, "19980412");
  assert.equal(r.values.orgCorporateNumber, "7123456789012");
  assert.equal(r.values.agentOrganization, "株式会社霞ソフト");
  assert.equal(r.values.schoolName, "", "申請人に関する情報等 is not shared across procedures");
  assert.deepEqual(r.values.intentConfirmed, [], "the declaration is confirmed anew");
  assert.equal(r.values.reason, "");
  const t = titles(r);
  assert.ok(
    t.filled.includes("身分事項") && t.filled.includes("取次者") && t.filled.includes("所属機関に関する情報等"),
  );
  assert.ok(t.notFilled.includes("申請人に関する情報等") && t.notFilled.includes("受領方法等"));
});

test("過去の申込: the status already chosen stays across procedures; the same procedure takes everything", () => {
  const chosen = reuseAnswers(
    { procedureCode: "coe", values: coe },
    { procedureCode: "change", current: { status: "技能" } },
  )!;
  assert.equal(chosen.values.status, "技能");
  assert.equal(chosen.values.nameRoman, "NGUYEN VAN AN");
  const same = reuseAnswers(
    { procedureCode: "coe", values: coe },
    { procedureCode: "coe", current: { status: "技能" } },
  )!;
  assert.equal(same.values.status, STATUS);
  assert.equal(same.values.schoolName, "ハノイ工科大学");
  assert.equal(same.values.activityDetail, coe.activityDetail);
  assert.deepEqual(same.values.contentConfirmed, []);
});

test("過去の申込: only procedures of the same family fill each other", () => {
  assert.ok(reusableFrom("change").includes("coe"));
  assert.ok(!reusableFrom("change").includes("usage"));
  assert.equal(
    reuseAnswers({ procedureCode: "usage", values: { organizationName: "X" } }, { procedureCode: "coe", current: {} }),
    null,
  );
  const report = reuseAnswers(
    {
      procedureCode: "usage",
      values: {
        usageType: "新規",
        organizationName: "株式会社霞ソフト",
        corporateNumber: "7123456789012",
        staffName: "YAMADA HANAKO",
      },
    },
    { procedureCode: "periodic-report", current: {} },
  )!;
  assert.equal(report.values.organizationName, "株式会社霞ソフト");
  assert.equal(report.values.staffName, "YAMADA HANAKO");
  assert.ok(titles(report).notFilled.length === 0);
});
