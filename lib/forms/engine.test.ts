import { test } from "node:test";
import assert from "node:assert/strict";
import {
  initialValues,
  normalize,
  resolver,
  reviewRows,
  stepOf,
  stepsWithIssues,
  validate,
  validateStep,
} from "./engine";
import { csvColumns } from "./csv";
import { formSchema } from "./schema";
import { valuesFromFormData } from "./formdata";
import { applyRowIntent } from "./rows";
import { usageForm } from "./definitions/usage";
import type { FormDefinition } from "./types";

// A residence-style form: the kinds of fields the application forms need.
const residence: FormDefinition = {
  id: "sample",
  sections: [
    {
      id: "a",
      title: { ja: "申請人", en: "Applicant" },
      fields: [
        {
          name: "name",
          number: "2",
          type: "text",
          required: true,
          charClass: "halfUpper",
          spaces: true,
          maxLength: 104,
          label: { ja: "氏名", en: "Name" },
        },
        {
          name: "birth",
          number: "3",
          type: "date",
          required: true,
          unknownParts: true,
          past: true,
          label: { ja: "生年月日", en: "Date of birth" },
        },
        { name: "kana", type: "text", charClass: "kana", label: { ja: "カナ", en: "Kana" } },
        { name: "address", type: "text", charClass: "fullWidth", maxLength: 10, label: { ja: "住所", en: "Address" } },
        {
          name: "stay",
          number: "16.8",
          type: "number",
          min: 1,
          max: 60,
          label: { ja: "滞在予定期間", en: "Intended stay" },
        },
        { name: "purpose", type: "textarea", maxLength: 5, label: { ja: "目的", en: "Purpose" } },
        {
          name: "flags",
          type: "checkbox",
          options: [{ value: "x", label: { ja: "X", en: "X" } }],
          label: { ja: "同時申請", en: "Simultaneous" },
        },
        {
          name: "family",
          number: "21",
          type: "radio",
          required: true,
          options: [
            { value: "yes", label: { ja: "有", en: "Yes" } },
            { value: "no", label: { ja: "無", en: "No" } },
          ],
          label: { ja: "在日親族", en: "Family in Japan" },
        },
        {
          name: "relatives",
          number: "21.1",
          type: "group",
          max: 2,
          requiredWhen: { field: "family", in: ["yes"] },
          showWhen: { field: "family", in: ["yes"] },
          label: { ja: "親族", en: "Relative" },
          fields: [
            {
              name: "relation",
              type: "text",
              required: true,
              maxLength: 10,
              label: { ja: "続柄", en: "Relationship" },
            },
            { name: "born", type: "date", label: { ja: "生年月日", en: "Date of birth" } },
          ],
        },
      ],
    },
  ],
};
const today = new Date("2026-11-25T00:00:00Z");
const messages = (def: FormDefinition, input: Record<string, unknown>) =>
  validate(def, normalize(def, input), today).map((i) => `${i.path}=${i.message}`);

test("NFKC only where the class makes it unambiguous; trimming everywhere", () => {
  const v = normalize(residence, {
    name: "  ＹＡＭＡＤＡ　 TARO ",
    stay: "１２",
    address: " 東京都 ",
    birth: "１９９０0101",
  });
  assert.equal(v.name, "YAMADA TARO");
  assert.equal(v.stay, "12");
  assert.equal(v.birth, "19900101");
  assert.equal(v.address, "東京都");
});

test("each broken rule has its own message key", () => {
  const out = messages(residence, {
    name: "yamada",
    birth: "20260231",
    kana: "やまだ",
    // Half-width letters become full-width; a tab has no full-width form.
    address: "東京\t千代田",
    stay: "99",
    purpose: "123456",
    family: "",
  });
  assert.deepEqual(out, [
    "name=charClass_halfUpper",
    "birth=date",
    "kana=charClass_kana",
    "address=charClass_fullWidth",
    "stay=numberMax?n=60",
    "purpose=maxLength?n=5",
    "family=requiredChoice",
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
  assert.deepEqual(
    messages(residence, { name: "A", birth: "19900101", family: "yes", relatives: [{ relation: "", born: "x" }] }),
    ["relatives.0.relation=required", "relatives.0.born=date"],
  );
  const v = normalize(residence, { name: "A", birth: "19900101", family: "no", relatives: [{ relation: "父" }] });
  assert.equal(v.relatives, undefined);
  assert.equal((normalize(residence, { family: "yes", relatives: [{}, {}, {}] }).relatives as unknown[]).length, 2);
});

test("利用申出: 追加 requires the office; 取次者証明書番号 is 12 half-width digits when given", () => {
  const ok = {
    usageType: "new",
    organizationName: "テスト株式会社",
    corporateNumber: "7000012050002",
    postalCode: "1008977",
    organizationAddress: "東京都千代田区霞が関1-1-1",
    phone: "0312345678",
    staffName: "YAMADA TARO",
  };
  assert.deepEqual(messages(usageForm, ok), []);
  assert.deepEqual(messages(usageForm, { ...ok, usageType: "additional" }), ["officeName=required"]);
  assert.deepEqual(messages(usageForm, { ...ok, agentCertificateNumber: "１２３４５６７８９１２３" }), []);
  assert.deepEqual(messages(usageForm, { ...ok, agentCertificateNumber: "12345" }), [
    "agentCertificateNumber=exactLength?n=12",
  ]);
  assert.deepEqual(messages(usageForm, { ...ok, corporateNumber: "1234567890123", phone: "03-1234" }), [
    "corporateNumber=corporateNumber",
    "phone=charClass_halfDigits",
  ]);
  assert.deepEqual(messages(usageForm, {}).slice(0, 1), ["usageType=requiredChoice"]);
});

test("the derived zod schema reports issues at the field paths and outputs normalised values", () => {
  const schema = formSchema(residence);
  const bad = schema.safeParse({ name: "A", birth: "19900101", family: "yes", relatives: [{ relation: "" }] });
  assert.equal(bad.success, false);
  assert.deepEqual(
    bad.error!.issues.map((i) => i.path.join(".")),
    ["relatives.0.relation"],
  );
  const good = schema.safeParse({ name: " a ".toUpperCase(), birth: "１９９００１０１", family: "no" });
  assert.equal(good.success, true);
  assert.equal(good.data!.birth, "19900101");
  const extra = formSchema(usageForm, () => [{ path: "attachments", message: "attachmentsRequired" }]).safeParse({});
  assert.ok(extra.error!.issues.some((i) => i.path[0] === "attachments"));
});

test("review rows, CSV columns and initial values come from the same definition", () => {
  const rows = reviewRows(
    residence,
    normalize(residence, {
      name: "A",
      birth: "",
      birthUnknown: "ymd",
      family: "yes",
      relatives: [{ relation: "父", born: "19600101" }],
    }),
    resolver("ja"),
    "ja",
  )[0].rows;
  assert.deepEqual(
    rows.find((r) => r.label === "生年月日"),
    { field: "birth", number: "3", label: "生年月日", value: "年月日不詳" },
  );
  assert.ok(rows.some((r) => r.label === "親族 1 生年月日" && r.value === "1960/01/01"));
  const cols = csvColumns(residence).map((c) => c.header);
  // Section-prefixed as the official bulk tool's headers; 不詳 is written in the date itself.
  assert.deepEqual(cols.slice(0, 3), ["申請人_氏名", "申請人_生年月日", "申請人_カナ"]);
  assert.ok(cols.some((c) => c.endsWith("親族2_続柄")));
  assert.deepEqual(initialValues(residence).relatives, []);
  assert.equal(initialValues(usageForm, { phone: "0312345678" }).phone, "0312345678");
});

test("conditions combine with all/any/not and, inside a group row, read the row's own answers first", () => {
  const def: FormDefinition = {
    id: "cond",
    sections: [
      {
        id: "a",
        fields: [
          {
            name: "kind",
            type: "radio",
            required: true,
            options: [
              { value: "a", label: { ja: "A", en: "A" } },
              { value: "b", label: { ja: "B", en: "B" } },
            ],
            label: { ja: "種別", en: "Kind" },
          },
          {
            name: "note",
            type: "text",
            requiredWhen: { all: [{ field: "kind", in: ["a"] }, { not: { filled: "skip" } }] },
            label: { ja: "備考", en: "Note" },
          },
          { name: "skip", type: "text", label: { ja: "省略", en: "Skip" } },
          {
            name: "rows",
            type: "group",
            max: 3,
            label: { ja: "行", en: "Row" },
            fields: [
              {
                name: "has",
                type: "radio",
                options: [
                  { value: "y", label: { ja: "有", en: "Yes" } },
                  { value: "n", label: { ja: "無", en: "No" } },
                ],
                label: { ja: "有無", en: "Any" },
              },
              {
                name: "what",
                type: "text",
                showWhen: {
                  any: [
                    { field: "has", in: ["y"] },
                    { field: "kind", in: ["b"] },
                  ],
                },
                requiredWhen: { field: "has", in: ["y"] },
                label: { ja: "内容", en: "What" },
              },
            ],
          },
        ],
      },
    ],
  };
  const check = (input: Record<string, unknown>) =>
    validate(def, normalize(def, input), today).map((i) => `${i.path}=${i.message}`);
  assert.deepEqual(check({ kind: "a" }), ["note=required"]);
  assert.deepEqual(check({ kind: "a", skip: "x" }), []);
  assert.deepEqual(
    check({
      kind: "a",
      note: "n",
      rows: [
        { has: "y", what: "" },
        { has: "n", what: "dropped" },
      ],
    }),
    ["rows.0.what=required"],
  );
  // A row field hidden by its own row's answer is not stored; shown by a top-level answer, it is.
  assert.deepEqual(normalize(def, { kind: "a", rows: [{ has: "n", what: "x" }] }).rows, [{ has: "n" }]);
  assert.deepEqual(normalize(def, { kind: "b", rows: [{ has: "n", what: "x" }] }).rows, [{ has: "n", what: "x" }]);
});

test("typed twice: the second must equal the first; passwords are taken exactly as typed", () => {
  const def: FormDefinition = {
    id: "twice",
    sections: [
      {
        id: "a",
        fields: [
          {
            name: "password",
            type: "text",
            input: "password",
            rule: "password",
            required: true,
            label: { ja: "パスワード", en: "Password" },
          },
          {
            name: "again",
            type: "text",
            input: "password",
            required: true,
            sameAs: { field: "password", message: "passwordMismatch" },
            label: { ja: "確認", en: "Again" },
          },
        ],
      },
    ],
  };
  assert.deepEqual(messages(def, { password: " Abcdef12$x", again: " Abcdef12$x" }), ["password=password_chars"]);
  assert.deepEqual(messages(def, { password: "Abcdef12$x", again: "Abcdef12$y" }), ["again=passwordMismatch"]);
  assert.deepEqual(messages(def, { password: "abc", again: "abc" }), [
    "password=password_length",
    "password=password_upper",
    "password=password_digit",
    "password=password_symbol",
  ]);
});

test("a posted form is read by its definition: only its fields, checkbox lists, group rows, bounded strings", () => {
  const fd = new FormData();
  fd.set("name", "YA\u0000MA\u0007DA");
  fd.set("purpose", "line one\r\nline\ttwo");
  fd.append("flags", "x\u0000");
  fd.append("flags", "y");
  fd.set("relatives.0.relation", "父");
  fd.set("relatives.1.relation", "母");
  fd.set("relatives.2.relation", "over the maximum");
  fd.set("birth", "1".repeat(20_000));
  fd.set("$ACTION_ID_abc", "");
  fd.set("isAdmin", "1");
  const raw = valuesFromFormData(residence, fd);
  // Control characters (PostgreSQL refuses NUL) are dropped; tabs and line breaks stay.
  assert.equal(raw.name, "YAMADA");
  assert.equal(raw.purpose, "line one\r\nline\ttwo");
  assert.deepEqual(raw.flags, ["x"]);
  assert.deepEqual(raw.relatives, [
    { relation: "父", born: "" },
    { relation: "母", born: "" },
  ]);
  assert.equal((raw.birth as string).length, 10_000);
  assert.equal("isAdmin" in raw, false);
  assert.equal(raw.birthUnknown, "none");
});

test("conditions compare dates and exclude values; rules across fields name their own message", () => {
  const def: FormDefinition = {
    id: "rules",
    sections: [
      {
        id: "a",
        fields: [
          { name: "phone", type: "text", label: { ja: "電話番号", en: "Phone" } },
          { name: "mobile", type: "text", label: { ja: "携帯電話番号", en: "Mobile" } },
          { name: "from", type: "date", label: { ja: "始期", en: "From" } },
          { name: "to", type: "date", label: { ja: "終期", en: "To" } },
          {
            name: "status",
            type: "select",
            options: ["a", "b", "c"].map((v) => ({ value: v, label: { ja: v, en: v } })),
            label: { ja: "状態", en: "Status" },
          },
          // Shown for every status but "c", and only for a start after 2020-01-01.
          {
            name: "note",
            type: "text",
            showWhen: {
              all: [
                { field: "status", notIn: ["c"] },
                { field: "from", after: "20200101" },
              ],
            },
            label: { ja: "備考", en: "Note" },
          },
          {
            name: "past",
            type: "text",
            showWhen: { field: "from", before: "today" },
            label: { ja: "過去", en: "Past" },
          },
        ],
      },
    ],
    rules: [
      { kind: "oneRequired", fields: ["phone", "mobile"], message: "phoneOrMobile" },
      { kind: "notAfter", first: "from", then: "to", message: "periodOrder", when: { filled: "to" } },
    ],
  };
  const check = (input: Record<string, unknown>) =>
    validate(def, normalize(def, input), today).map((i) => `${i.path}=${i.message}`);
  assert.deepEqual(check({}), ["phone=phoneOrMobile"]);
  assert.deepEqual(check({ mobile: "09012345678" }), []);
  assert.deepEqual(check({ phone: "x", from: "20260301", to: "20260201" }), ["to=periodOrder"]);
  assert.deepEqual(check({ phone: "x", from: "20260301", to: "20260301" }), []);
  const shown = (input: Record<string, unknown>) => Object.keys(normalize(def, input));
  assert.ok(shown({ status: "a", from: "20210101", note: "n" }).includes("note"));
  assert.ok(!shown({ status: "c", from: "20210101", note: "n" }).includes("note"));
  assert.ok(!shown({ status: "a", from: "20190101", note: "n" }).includes("note"));
  assert.ok(
    !shown({ status: "a", from: "20210230", note: "n" }).includes("note"),
    "an unreal date compares as nothing",
  );
  assert.ok(shown({ from: "20200101", past: "p" }).includes("past"));
  assert.ok(!shown({ from: "29990101", past: "p" }).includes("past"));
});

test("group rows hold the form's value types: checkbox lists and dates with 不詳, from a posted form too", () => {
  const def: FormDefinition = {
    id: "rows",
    sections: [
      {
        id: "a",
        fields: [
          {
            name: "family",
            type: "group",
            max: 6,
            label: { ja: "在日親族", en: "Relatives" },
            fields: [
              { name: "name", type: "text", required: true, label: { ja: "氏名", en: "Name" } },
              { name: "born", type: "date", unknownParts: true, required: true, label: { ja: "生年月日", en: "Born" } },
              {
                name: "lives",
                type: "checkbox",
                options: [{ value: "together", label: { ja: "同居", en: "Living together" } }],
                label: { ja: "同居", en: "Together" },
              },
            ],
          },
        ],
      },
    ],
  };
  const fd = new FormData();
  fd.set("family.0.name", "YAMADA");
  fd.set("family.0.born", "1960");
  fd.set("family.0.bornUnknown", "md");
  fd.append("family.0.lives", "together");
  fd.set("family.1.name", "");
  fd.set("family.1.bornUnknown", "none");
  const values = normalize(def, valuesFromFormData(def, fd));
  assert.deepEqual(values.family, [
    { name: "YAMADA", born: "1960", bornUnknown: "md", lives: ["together"] },
    { name: "", born: "", bornUnknown: "none", lives: [] },
  ]);
  assert.deepEqual(
    validate(def, values, today).map((i) => `${i.path}=${i.message}`),
    ["family.1.name=required", "family.1.born=required"],
  );
  const rows = reviewRows(def, values, resolver("ja"), "ja")[0].rows;
  assert.ok(rows.some((r) => r.label === "在日親族 1 生年月日" && r.value === "1960 月日不詳"));
  assert.ok(rows.some((r) => r.label === "在日親族 1 同居" && r.value === "同居"));
});

test("在留カード番号 typed in lower case or full width is read as printed", () => {
  const def: FormDefinition = {
    id: "card",
    sections: [
      {
        id: "a",
        fields: [{ name: "card", type: "text", rule: "residenceCard", label: { ja: "在留カード番号", en: "Card" } }],
      },
    ],
  };
  assert.equal(normalize(def, { card: " ａｂ12345678cd " }).card, "AB12345678CD");
  assert.deepEqual(messages(def, { card: "ab12345678cd" }), []);
  assert.deepEqual(messages(def, { card: "AB123" }), ["card=residenceCard"]);
});

test("without JavaScript, +追加する and 削除 of a group are intents of the posted form", () => {
  const raw = { name: "A", relatives: [{ relation: "父", born: "" }] };
  const added = applyRowIntent(residence, "add:relatives", raw)!;
  assert.deepEqual(added.values.relatives, [
    { relation: "父", born: "" },
    { relation: "", born: "" },
  ]);
  assert.equal(added.focus, "relatives.1.relation");
  // The maximum (2) holds.
  assert.equal((applyRowIntent(residence, "add:relatives", added.values)!.values.relatives as unknown[]).length, 2);
  const removed = applyRowIntent(residence, "remove:relatives.0", added.values)!;
  assert.deepEqual(removed.values.relatives, [{ relation: "", born: "" }]);
  assert.equal(removed.focus, "relatives");
  for (const other of ["continue", "add:name", "remove:relatives", "add:nope", "remove:relatives.x"]) {
    assert.equal(applyRowIntent(residence, other, raw), null, other);
  }
});

test("a form in steps is checked a step at a time, and tells which steps need fixing", () => {
  const def: FormDefinition = {
    id: "steps",
    sections: [
      { id: "person", fields: [{ name: "name", type: "text", required: true, label: { ja: "氏名", en: "Name" } }] },
      {
        id: "contact",
        fields: [
          { name: "phone", type: "text", label: { ja: "電話番号", en: "Phone" } },
          { name: "mobile", type: "text", label: { ja: "携帯電話番号", en: "Mobile" } },
        ],
      },
      {
        id: "org",
        fields: [{ name: "orgName", type: "text", required: true, label: { ja: "機関名称", en: "Organization" } }],
      },
    ],
    steps: [
      { id: "applicant", title: { ja: "申請人等情報", en: "Applicant" }, sections: ["person", "contact"] },
      { id: "organization", title: { ja: "所属機関等情報", en: "Organization" }, sections: ["org"] },
    ],
    rules: [{ kind: "oneRequired", fields: ["phone", "mobile"], message: "phoneOrMobile" }],
  };
  const values = normalize(def, { name: "", orgName: "" });
  assert.deepEqual(
    validateStep(def, values, "applicant", today).map((i) => `${i.path}=${i.message}`),
    ["name=required", "phone=phoneOrMobile"],
  );
  assert.deepEqual(
    validateStep(def, values, "organization", today).map((i) => i.path),
    ["orgName"],
  );
  assert.deepEqual(stepsWithIssues(def, values, today), ["applicant", "organization"]);
  assert.deepEqual(stepsWithIssues(def, normalize(def, { name: "A", mobile: "0901", orgName: "X" }), today), []);
  assert.equal(stepOf(def, "orgName"), "organization");
});
