import { test } from "node:test";
import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { csvColumns, rowOf } from "../forms/csv";
import { normalize } from "../forms/engine";
import { engineerCoeN, engineerExtensionN } from "../forms/definitions/residence/examples";
import { stringify } from "csv-stringify/sync";
import { templateFor, templateParts } from "./templates";
import { readUpload } from "./upload";
import { utf8WithBom } from "../files/text";
import { REFERENCE_PREFIX, SHEET_MAIN, templateWorkbook } from "./workbook";

const template = templateFor("bulk-coe", "N")!;
const def = template.def;
const row = (over: Record<string, unknown> = {}) => rowOf(def, { ...normalize(def, engineerCoeN), ...over });

/** The template filled by a script, as an office would in Excel; `edit` may change the book first. */
async function filled(rows: string[][], edit?: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await templateWorkbook("bulk-coe", template)) as unknown as ArrayBuffer);
  const headers = csvColumns(def).map((c) => c.header);
  for (const part of templateParts(template)) {
    const sheet = wb.getWorksheet(part.sheet)!;
    const at = (sheet.getRow(1).values as string[]).slice(1);
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        const col = at.indexOf(headers[j]);
        if (col >= 0) sheet.getCell(i + 2, col + 1).value = v;
      }),
    );
  }
  edit?.(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test("Excel template: the official sheets sharing the CSV's columns, text cells, drop-downs, a hidden version", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await templateWorkbook("bulk-coe", template)) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet(SHEET_MAIN)!;
  const headerOf = (name: string) => (wb.getWorksheet(name)!.getRow(1).values as string[]).slice(1);
  assert.deepEqual(
    wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name),
    ["利用手順", "申請情報入力", "申請情報入力(区分N)"],
  );
  const category = headerOf("申請情報入力(区分N)");
  assert.equal(category[0], `${REFERENCE_PREFIX}身分事項_氏名`, "the applicant's name leads the 区分 sheet");
  assert.deepEqual(
    [...headerOf(SHEET_MAIN), ...category.slice(1)].sort(),
    csvColumns(def)
      .map((c) => c.header)
      .sort(),
  );
  assert.match(headerOf(SHEET_MAIN)[1], /^身分事項_/);
  assert.ok(
    category.some((h) => h.startsWith("所属機関に関する情報等_")),
    category.slice(0, 5).join(),
  );
  const sex = csvColumns(def).findIndex((c) => c.key === "sex") + 1;
  const v = sheet.getCell(2, sex).dataValidation;
  assert.equal(v.type, "list");
  assert.match(String(v.formulae[0]), /^'選択肢'!\$[A-Z]+\$1:\$[A-Z]+\$\d+$/);
  assert.equal(sheet.getCell(300, 3).numFmt, "@", "dates stay text, 19980412 not a number");
  assert.equal(wb.getWorksheet("版")!.state, "veryHidden");
  assert.ok(wb.getWorksheet("利用手順"));
});

test("Excel template filled by a script: 300 applicants read as from the CSV; problems named by column", async () => {
  const letters = (i: number) => String.fromCharCode(65 + (i % 26), 65 + Math.floor(i / 26));
  const rows = Array.from({ length: 300 }, (_, i) => row({ nameRoman: `APPLICANT ${letters(i)}` }));
  rows[9] = row({ sex: "X" });
  const r = await readUpload("bulk-coe", [await filled(rows)]);
  assert.ok(r.ok, JSON.stringify(r).slice(0, 200));
  assert.equal(r.encoding, "xlsx");
  assert.equal(r.rows.length, 300);
  assert.equal(r.rows[0].values.nameRoman, "APPLICANT AA");
  assert.equal(r.rows[0].values.birthDate, "19980412");
  assert.deepEqual(
    r.rows.flatMap((x) => x.problems.map((p) => `${x.rowNo}:${p.header}`)),
    ["10:身分事項_性別"],
  );
  const over = await readUpload("bulk-coe", [await filled(Array.from({ length: 301 }, () => row()))]);
  assert.ok(!over.ok && over.reason === "tooManyRows");
});

test("Excel template: an older version or another procedure's workbook is refused as such; a broken one too", async () => {
  const older = await filled([row()], (wb) => (wb.getWorksheet("版")!.getCell("B3").value = "000000000000"));
  const r1 = await readUpload("bulk-coe", [older]);
  assert.ok(!r1.ok && r1.reason === "olderTemplate");
  const other = await filled([row()], (wb) => (wb.getWorksheet("版")!.getCell("B1").value = "bulk-change"));
  const r2 = await readUpload("bulk-coe", [other]);
  assert.ok(!r2.ok && r2.reason === "otherProcedure" && r2.procedureCode === "bulk-change");
  const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
  const r3 = await readUpload("bulk-coe", [broken]);
  assert.ok(!r3.ok && r3.reason === "notWorkbook");
});

test("CSV files saved from each sheet, chosen together, read as one; a sheet left out is named", async () => {
  const change = templateFor("bulk-extension", "N")!;
  const parts = templateParts(change);
  assert.deepEqual(
    parts.map((p) => p.sheet),
    ["申請情報入力", "申請情報入力(区分N)", "申請情報入力(同時申請)"],
  );
  const values = normalize(change.def, engineerExtensionN);
  const cells = new Map(csvColumns(change.def).map((c, i) => [c.header, rowOf(change.def, values)[i]]));
  // As Excel saves a sheet: the reference column first on the other sheets, the empty lines below.
  const sheetCsv = (n: number) => {
    const headers = parts[n].columns.map((c) => c.header);
    const ref = n > 0 ? [`${REFERENCE_PREFIX}身分事項_氏名`] : [];
    const line = (name: string) => [...(n > 0 ? [name] : []), ...headers.map((h) => cells.get(h) ?? "")];
    return stringify(
      [[...ref, ...headers], line("CHANGE ONE"), line("CHANGE TWO"), headers.map(() => "").concat(ref.map(() => ""))],
      {
        record_delimiter: "windows",
      },
    );
  };
  const files = [utf8WithBom(sheetCsv(0)), utf8WithBom(sheetCsv(1)), utf8WithBom(sheetCsv(2))];
  const r = await readUpload("bulk-extension", [files[2], files[0], files[1]]);
  assert.ok(r.ok, JSON.stringify(r).slice(0, 300));
  assert.equal(r.template.key, "N");
  assert.equal(r.rows.length, 2);
  assert.deepEqual(r.rows[1].problems, []);
  assert.deepEqual(r.rows[1].values, values);

  const one = await readUpload("bulk-extension", [files[0]]);
  assert.ok(!one.ok && one.reason === "partsMissing");
  assert.deepEqual(one.sheets, ["申請情報入力(区分N)", "申請情報入力(同時申請)"]);
  const four = await readUpload("bulk-extension", [...files, files[0]]);
  assert.ok(!four.ok && four.reason === "tooManyFiles");
  const book = await templateWorkbook("bulk-extension", change);
  const mixed = await readUpload("bulk-extension", [book, files[0]]);
  assert.ok(!mixed.ok && mixed.reason === "mixedFiles");
});
