import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { createPrismaClient } from "../db/client";
import { makeUser } from "../../tests/support/fixtures";
import { formFor } from "../forms/registry";
import { csvColumns } from "../forms/csv";
import { normalize, validate } from "../forms/engine";
import { engineerCoeN } from "../forms/definitions/residence/examples";
import { findLoadedFile, keepLoadedFile, markLoaded, readSavedFile, savedFile } from "./saved-file";

const STATUS = "技術・人文知識・国際業務";
const def = formFor("coe", STATUS)!;
const text = (b: Uint8Array) => new TextDecoder().decode(b);

// Every kind of field of 区分N: text, textarea with a line break, comma and quote, select, radio,
// checkbox, dates (one 月日不詳), and groups with several rows.
const answers = normalize(def, {
  ...engineerCoeN,
  birthDate: "1998",
  birthDateUnknown: "md",
  relativesInJapan: "有",
  relatives: [
    {
      relationship: "兄",
      name: "NGUYEN VAN BINH",
      birthDate: "",
      birthDateUnknown: "ymd",
      nationality: "ベトナム",
      livingTogether: "無",
      workplace: "株式会社霞ソフト",
      cardNumber: "AB12345678CD",
    },
    {
      relationship: "妹",
      name: "NGUYEN THI CHI",
      birthDate: "20010203",
      birthDateUnknown: "none",
      nationality: "ベトナム",
      livingTogether: "有",
      workplace: "日本語学校",
      cardNumber: "",
    },
  ],
  hasCareer: "有",
  careers: [
    { country: "ベトナム", joined: "202007", left: "202303", employerRoman: "FPT SOFTWARE", employerKanji: "" },
  ],
  activityDetail: '設計、開発、"テスト"に従事する。\n2行目：𠮷野家の🍣も扱う。',
});

function cellsOf(bytes: Uint8Array) {
  const [head, row] = text(bytes)
    .replace(/^\uFEFF/, "")
    .split("\r\n");
  return { head: head.split(","), row };
}

test("保存データ: a 区分N form with every field type survives save → load unchanged", () => {
  assert.deepEqual(validate(def, answers), [], "the example is a complete application");
  const bytes = savedFile("coe", def, answers, new Date("2026-11-27T01:02:03Z"));
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 with BOM");
  const { head } = cellsOf(bytes);
  assert.deepEqual(head.slice(0, 4), ["手続き", "様式", "様式版", "保存日時"]);
  // The bulk templates' columns: section-prefixed, groups numbered, 不詳 written in the date.
  assert.equal(head.length, 4 + csvColumns(def).length);
  assert.ok(head.includes("身分事項_生年月日"));
  assert.ok(text(bytes).includes(",19980000,"), "月日不詳 as YYYY0000");
  assert.ok(text(bytes).includes("99999999"), "年月日不詳");
  const read = readSavedFile("coe", bytes);
  assert.ok(read.ok);
  assert.deepEqual(read.problems, []);
  assert.equal(read.olderVersion, false);
  assert.equal(read.savedAt?.toISOString(), "2026-11-27T01:02:03.000Z");
  assert.deepEqual(read.values, answers);
});

test("保存データ: edited by hand — bilingual choices and full-width digits read, bad values named by column", () => {
  const bytes = savedFile("coe", def, answers, new Date());
  const csv = text(bytes)
    .replace(",男,", ",男 Male,")
    .replace(",1000013,", ",１００００１３,")
    .replace(",0312345678,", ",03-ABCD,")
    .replace(",情報通信業,", ",宇宙旅行業,");
  const read = readSavedFile("coe", new TextEncoder().encode(csv));
  assert.ok(read.ok);
  assert.equal(read.values.sex, "男");
  assert.equal(read.values.contactPostalCode, "1000013");
  assert.deepEqual(
    read.problems.map((p) => `${p.kind}:${"key" in p ? p.key : p.header}`),
    ["option:orgIndustry", "invalid:repPhone"],
  );
  assert.deepEqual(read.problems[0], {
    kind: "option",
    header: "所属機関に関する情報等_(5)業種 主たる業種",
    key: "orgIndustry",
    value: "宇宙旅行業",
  });
  assert.equal(read.values.orgIndustry, "", "a choice not in the list is left out, not guessed");
  assert.deepEqual(read.problems[1], {
    kind: "invalid",
    header: "申請人、法定代理人、法第７条の２第２項に規定する代理人_(3)電話番号",
    key: "repPhone",
    message: "charClass_halfDigits",
  });
  assert.equal(read.values.repPhone, "03-ABCD", "a refused value is kept to fix at its field");
});

test("保存データ: Shift_JIS from Excel is read; an older layout loads what matches and names the rest", () => {
  const csv = text(savedFile("coe", def, answers, new Date())).replace(/^\uFEFF/, "");
  const sjis = iconv.encode(csv.replace(/🍣|𠮷/gu, ""), "cp932");
  const read = readSavedFile("coe", new Uint8Array(sjis));
  assert.ok(read.ok);
  assert.equal(read.values.nameRoman, "NGUYEN VAN AN");

  const [head, row] = csv.split("\r\n");
  const h = head.split(",");
  const r = row.split(",");
  // An older form: a column renamed since, one that no longer exists, and its version.
  h[h.indexOf("身分事項_氏名")] = "身分事項_氏名（旧）";
  r[2] = "0000000000";
  const older = readSavedFile("coe", new TextEncoder().encode(`${h.join(",")}\r\n${r.join(",")}`));
  assert.ok(older.ok);
  assert.equal(older.olderVersion, true);
  assert.deepEqual(
    older.problems.map((p) => [p.kind, p.header]),
    [
      ["unknownColumn", "身分事項_氏名（旧）"],
      ["missingColumn", "身分事項_氏名"],
    ],
  );
  assert.equal(older.values.nameRoman, "");
  assert.equal(older.values.nationality, "ベトナム");
});

test("保存データ: files that are not a save file of this procedure are refused with their reason", () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const good = text(savedFile("coe", def, answers, new Date()));
  const cases: [string, Uint8Array, string][] = [
    ["empty", new Uint8Array(), "empty"],
    ["a PDF", enc("%PDF-1.7\n\u0000\u0001binary"), "notText"],
    ["broken bytes", new Uint8Array([0x82, 0xa0, 0xff, 0xfe, 0x81]), "notText"],
    ["a bad CSV", enc('手続き,様式\r\n"unterminated'), "notCsv"],
    ["another CSV", enc("氏名,生年月日\r\nNGUYEN,19980412\r\n"), "notSavedFile"],
    ["two applicants", enc(good + good.split("\r\n")[1] + "\r\n"), "rows"],
    ["only a header", enc(good.split("\r\n")[0]), "rows"],
    ["an unknown procedure", enc(good.replace("\r\ncoe,", "\r\nnope,")), "notSavedFile"],
    ["too large", new Uint8Array(2 * 1024 * 1024 + 1).fill(0x41), "tooLarge"],
  ];
  for (const [what, bytes, reason] of cases) {
    const r = readSavedFile("coe", bytes);
    assert.ok(!r.ok && r.reason === reason, `${what}: ${JSON.stringify(r).slice(0, 80)}`);
  }
  const other = readSavedFile("change", enc(good));
  assert.ok(!other.ok && other.reason === "otherProcedure" && other.procedureCode === "coe");
});

test("保存データ: a read file is its owner's alone and is loaded once", async () => {
  const prisma = createPrismaClient();
  try {
    const me = await makeUser(prisma);
    const other = await makeUser(prisma);
    const read = readSavedFile("coe", savedFile("coe", def, answers, new Date()));
    assert.ok(read.ok);
    const id = await keepLoadedFile(prisma, me.id, "coe", "保存データ.csv", read);
    assert.equal(await findLoadedFile(prisma, other.id, "coe", id), null);
    assert.equal(await findLoadedFile(prisma, me.id, "change", id), null);
    assert.equal((await findLoadedFile(prisma, me.id, "coe", id))?.values.nameRoman, "NGUYEN VAN AN");
    assert.equal(await markLoaded(prisma, other.id, id), false);
    assert.equal(await markLoaded(prisma, me.id, id), true);
    assert.equal(await markLoaded(prisma, me.id, id), false, "読込む twice loads once");
  } finally {
    await prisma.$disconnect();
  }
});
