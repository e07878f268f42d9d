import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { stringify } from "csv-stringify/sync";
import { csvColumns, rowOf } from "../forms/csv";
import { normalize } from "../forms/engine";
import { engineerCoeN } from "../forms/definitions/residence/examples";
import { BULK_BASE, bulkTemplates, templateCsv, templateFor } from "./templates";
import { gaijiOf, readBulkFile } from "./read";

const template = templateFor("bulk-coe", "N")!;
const def = template.def;
const header = csvColumns(def).map((c) => c.header);
const example = normalize(def, engineerCoeN);
const row = (over: Record<string, unknown> = {}) => rowOf(def, { ...example, ...over });
const csv = (rows: string[][], eol: "windows" | "unix" = "windows") =>
  stringify([header, ...rows], { record_delimiter: eol });
const utf8 = (s: string, bom = true) => new TextEncoder().encode((bom ? "\uFEFF" : "") + s);
const problemsOf = (r: ReturnType<typeof readBulkFile>, i = 0) =>
  r.ok ? r.rows[i].problems.map((p) => `${p.key}:${p.message}`) : [`refused:${r.reason}`];

test("一括申請 templates: one per 区分 and 高度専門職の類型, whose Shift_JIS headers lose nothing", () => {
  assert.deepEqual(
    bulkTemplates("bulk-coe").map((t) => t.key),
    ["N", "V", "I", "J", "K", "L", "M", "O", "P", "Q", "R", "T", "U", "Y", "1号イ", "1号ロ", "1号ハ"],
  );
  assert.ok(template.statuses.includes("技術・人文知識・国際業務"));
  for (const code of Object.keys(BULK_BASE))
    for (const t of bulkTemplates(code)) {
      const sjis = iconv.decode(Buffer.from(templateCsv(t.def, "shift_jis")), "cp932");
      const utf = new TextDecoder().decode(templateCsv(t.def, "utf-8"));
      assert.equal(sjis, utf, `${code} ${t.key}`);
      assert.ok(!sjis.includes("?"), `${code} ${t.key}: every header is in Shift_JIS`);
    }
});

test("一括申請: 300 applicants in Shift_JIS and in UTF-8 are read, each 正常", () => {
  const rows = Array.from({ length: 300 }, () => row());
  for (const bytes of [utf8(csv(rows)), new Uint8Array(iconv.encode(csv(rows), "cp932"))]) {
    const r = readBulkFile("bulk-coe", bytes);
    assert.ok(r.ok, JSON.stringify(r).slice(0, 200));
    assert.equal(r.rows.length, 300);
    assert.equal(r.template.key, "N");
    assert.deepEqual(
      r.rows.filter((x) => x.problems.length),
      [],
    );
    assert.equal(r.rows[299].rowNo, 300);
    assert.equal(r.rows[0].values.nameRoman, "NGUYEN VAN AN");
  }
  assert.equal(
    (readBulkFile("bulk-coe", new Uint8Array(iconv.encode(csv(rows), "cp932"))) as { encoding: string }).encoding,
    "shift_jis",
  );
});

test("一括申請: whole-file refusals — 301 rows, another procedure's template, a changed header, empty, not text", () => {
  const r301 = readBulkFile("bulk-coe", utf8(csv(Array.from({ length: 301 }, () => row()))));
  assert.ok(!r301.ok && r301.reason === "tooManyRows" && r301.rows === 301);
  const change = templateFor("bulk-change", "N")!.def;
  const other = readBulkFile("bulk-coe", templateCsv(change, "utf-8"));
  assert.ok(!other.ok && other.reason === "otherProcedure" && other.procedureCode === "bulk-change");
  const renamed = header.map((h) => (h === "身分事項_氏名" ? "氏名" : h));
  const bad = readBulkFile("bulk-coe", utf8(stringify([renamed, row()])));
  assert.ok(!bad.ok && bad.reason === "header");
  assert.deepEqual([bad.missing, bad.unknown], [["身分事項_氏名"], ["氏名"]]);
  assert.equal(problemsOf(readBulkFile("bulk-coe", new Uint8Array()))[0], "refused:empty");
  assert.equal(problemsOf(readBulkFile("bulk-coe", utf8(csv([]))))[0], "refused:noRows");
  assert.equal(
    problemsOf(readBulkFile("bulk-coe", new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1])))[0],
    "refused:notText",
  );
  assert.equal(problemsOf(readBulkFile("bulk-coe", utf8(`${header.join(",")}\r\n"unterminated`)))[0], "refused:notCsv");
});

test("一括申請: BOM or none, CRLF or LF, quoted commas and line breaks, full-width digits: all read alike", () => {
  const detail = '設計、開発,"テスト"に従事する。\n2行目';
  const rows = [row({ activityDetail: detail, contactPostalCode: "１０００００１" })];
  for (const bytes of [utf8(csv(rows)), utf8(csv(rows, "unix"), false)]) {
    const r = readBulkFile("bulk-coe", bytes);
    assert.ok(r.ok);
    assert.deepEqual(r.rows[0].problems, []);
    assert.equal(r.rows[0].values.activityDetail, detail);
    assert.equal(r.rows[0].values.contactPostalCode, "1000001");
  }
});

test("一括申請: each problem is named by applicant and column — a choice, a missing answer, 外字, a status of another 区分", () => {
  const rows = [
    row(),
    row({ sex: "X", nameRoman: "" }),
    row({ schoolName: "髙橋工科大学", birthPlace: "ハノイ🍜" }),
    row({ status: "留学" }),
  ];
  const r = readBulkFile("bulk-coe", utf8(csv(rows)));
  assert.ok(r.ok);
  assert.deepEqual(problemsOf(r, 0), []);
  assert.deepEqual(problemsOf(r, 1).sort(), ["nameRoman:required", "sex:option?value=X"]);
  assert.deepEqual(problemsOf(r, 2).sort(), [
    `birthPlace:gaiji?char=${encodeURIComponent("🍜")}`,
    `schoolName:gaiji?char=${encodeURIComponent("髙")}`,
  ]);
  assert.deepEqual(problemsOf(r, 3), ["status:bulkStatusNotInTemplate"]);
  const problem = r.rows[1].problems.find((p) => p.key === "sex")!;
  assert.equal(problem.header, "身分事項_性別");
});

test("外字: JIS X 0208 passes; NEC/IBM extensions, emoji and rare kanji are named", () => {
  assert.equal(gaijiOf("山田 太郎 ｶﾀｶﾅ ＡＢＣ 東京都千代田区１－１"), null);
  assert.equal(gaijiOf("株式会社㈱"), "㈱");
  assert.equal(gaijiOf("①"), "①");
  assert.equal(gaijiOf("𠮷野"), "𠮷");
});
