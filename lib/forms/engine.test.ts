import { test } from "node:test";
import assert from "node:assert/strict";
import { csvColumns, formSchema, initialValues, normalize, reviewRows, validate } from "./engine";
import { usageForm } from "./definitions/usage";
import type { FormDefinition } from "./types";

// A residence-style form: the kinds of fields the application forms need.
const residence: FormDefinition = {
  id: "sample",
  sections: [{
    id: "a", title: { ja: "申請人", en: "Applicant" },
    fields: [
      { name: "name", number: "2", type: "text", required: true, charClass: "halfUpper", spaces: true, maxLength: 104, label: { ja: "氏名", en: "Name" } },
      { name: "birth", number: "3", type: "date", required: true, unknownParts: true, past: true, label: { ja: "生年月日", en: "Date of birth" } },
      { name: "kana", type: "text", charClass: "kana", label: { ja: "カナ", en: "Kana" } },
      { name: "address", type: "text", charClass: "fullWidth", maxLength: 10, label: { ja: "住所", en: "Address" } },
      { name: "stay", number: "16.8", type: "number", min: 1, max: 60, label: { ja: "滞在予定期間", en: "Intended stay" } },
      { name: "purpose", type: "textarea", maxLength: 5, label: { ja: "目的", en: "Purpose" } },
      { name: "flags", type: "checkbox", options: [{ value: "x", label: { ja: "X", en: "X" } }], label: { ja: "同時申請", en: "Simultaneous" } },
      { name: "family", number: "21", type: "radio", required: true, options: [{ value: "yes", label: { ja: "有", en: "Yes" } }, { value: "no", label: { ja: "無", en: "No" } }], label: { ja: "在日親族", en: "Family in Japan" } },
      {
        name: "relatives", number: "21.1", type: "group", max: 2, requiredWhen: { field: "family", in: ["yes"] }, showWhen: { field: "family", in: ["yes"] },
        label: { ja: "親族", en: "Relative" },
        fields: [
          { name: "relation", type: "text", required: true, maxLength: 10, label: { ja: "続柄", en: "Relationship" } },
          { name: "born", type: "date", label: { ja: "生年月日", en: "Date of birth" } },
        ],
      },
    ],
  }],
};
const today = new Date("2026-11-25T00:00:00Z");
const messages = (def: FormDefinition, input: Record<string, unknown>) => validate(def, normalize(def, input), today).map((i) => `${i.path}=${i.message}`);

test("NFKC only where the class makes it unambiguous; trimming everywhere", () => {
  const v = normalize(residence, { name: "  ＹＡＭＡＤＡ　 TARO ", stay: "１２", address: " 東京都 ", birth: "１９９０0101" });
  assert.equal(v.name, "YAMADA TARO");
  assert.equal(v.stay, "12");
  assert.equal(v.birth, "19900101");
  assert.equal(v.address, "東京都");
});

test("each broken rule has its own message key", () => {
  const out = messages(residence, { name: "yamada", birth: "20260231", kana: "やまだ", address: "tokyo", stay: "99", purpose: "123456", family: "" });
  assert.deepEqual(out, [
    "name=charClass_halfUpper", "birth=date", "kana=charClass_kana", "address=charClass_fullWidth", "stay=numberMax:60", "purpose=maxLength:5", "family=requiredChoice",
  ]);
  assert.deepEqual(messages(residence, { name: "A", birth: "20270101", family: "no" }), ["birth=datePast"]);
});

test("生年月日 variants: 年月日不詳 needs nothing, 月日不詳 a year, 日不詳 a year and month", () => {
  const base = { name: "A", family: "no" };
  assert.deepEqual(messages(residence, { ...base, birth: "", birthUnknown: "ymd" }), []);
  assert.deepEqual(messages(residence, { ...base, birth: "1990", birthUnknown: "md" }), []);
  assert.deepEqual(messages(residence, { ...base, birth: "199013", birthUnknown: "d" }), ["birth=dateYearMonth"]);
  assert.deepEqual(messages(residence, { ...base, birth: "", birthUnknown: "none" }), ["birth=required"]);
});

test("conditional groups: shown and required from another answer, rows checked, hidden values dropped", () => {
  assert.deepEqual(messages(residence, { name: "A", birth: "19900101", family: "yes" }), ["relatives=required"]);
  assert.deepEqual(messages(residence, { name: "A", birth: "19900101", family: "yes", relatives: [{ relation: "", born: "x" }] }), ["relatives.0.relation=required", "relatives.0.born=date"]);
  const v = normalize(residence, { name: "A", birth: "19900101", family: "no", relatives: [{ relation: "父" }] });
  assert.equal(v.relatives, undefined);
  assert.equal((normalize(residence, { family: "yes", relatives: [{}, {}, {}] }).relatives as unknown[]).length, 2);
});

test("利用申出: 追加 requires the office; 取次者証明書番号 is 12 half-width digits when given", () => {
  const ok = { usageType: "new", organizationName: "テスト株式会社", corporateNumber: "7000012050002", postalCode: "1008977", organizationAddress: "東京都千代田区霞が関1-1-1", phone: "0312345678", staffName: "YAMADA TARO" };
  assert.deepEqual(messages(usageForm, ok), []);
  assert.deepEqual(messages(usageForm, { ...ok, usageType: "additional" }), ["officeName=required"]);
  assert.deepEqual(messages(usageForm, { ...ok, agentCertificateNumber: "１２３４５６７８９１２３" }), []);
  assert.deepEqual(messages(usageForm, { ...ok, agentCertificateNumber: "12345" }), ["agentCertificateNumber=exactLength:12"]);
  assert.deepEqual(messages(usageForm, { ...ok, corporateNumber: "1234567890123", phone: "03-1234" }), ["corporateNumber=corporateNumber", "phone=charClass_halfDigits"]);
  assert.deepEqual(messages(usageForm, {}).slice(0, 1), ["usageType=requiredChoice"]);
});

test("the derived zod schema reports issues at the field paths and outputs normalised values", () => {
  const schema = formSchema(residence);
  const bad = schema.safeParse({ name: "A", birth: "19900101", family: "yes", relatives: [{ relation: "" }] });
  assert.equal(bad.success, false);
  assert.deepEqual(bad.error!.issues.map((i) => i.path.join(".")), ["relatives.0.relation"]);
  const good = schema.safeParse({ name: " a ".toUpperCase(), birth: "１９９００１０１", family: "no" });
  assert.equal(good.success, true);
  assert.equal(good.data!.birth, "19900101");
  const extra = formSchema(usageForm, () => [{ path: "attachments", message: "attachmentsRequired" }]).safeParse({});
  assert.ok(extra.error!.issues.some((i) => i.path[0] === "attachments"));
});

test("review rows, CSV columns and initial values come from the same definition", () => {
  const rows = reviewRows(residence, normalize(residence, { name: "A", birth: "", birthUnknown: "ymd", family: "yes", relatives: [{ relation: "父", born: "19600101" }] }), "ja")[0].rows;
  assert.deepEqual(rows.find((r) => r.label === "生年月日"), { number: "3", label: "生年月日", value: "年月日不詳" });
  assert.ok(rows.some((r) => r.label === "親族 1 生年月日" && r.value === "1960/01/01"));
  const cols = csvColumns(residence).map((c) => c.header);
  assert.deepEqual(cols.slice(0, 3), ["氏名", "生年月日", "生年月日(不詳)"]);
  assert.ok(cols.includes("親族2_続柄"));
  assert.deepEqual(initialValues(residence).relatives, []);
  assert.equal(initialValues(usageForm, { phone: "0312345678" }).phone, "0312345678");
});
