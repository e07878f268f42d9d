import { test } from "node:test";
import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { csvColumns, rowOf } from "../forms/csv";
import { normalize } from "../forms/engine";
import { engineerCoeN } from "../forms/definitions/residence/examples";
import { templateFor } from "./templates";
import { readUpload } from "./upload";
import { SHEET_MAIN, templateWorkbook } from "./workbook";

const template = templateFor("bulk-coe", "N")!;
const def = template.def;
const row = (over: Record<string, unknown> = {}) => rowOf(def, { ...normalize(def, engineerCoeN), ...over });

/** The template filled by a script, as an office would in Excel; `edit` may change the book first. */
async function filled(rows: string[][], edit?: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await templateWorkbook("bulk-coe", template)) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet(SHEET_MAIN)!;
  rows.forEach((r, i) => r.forEach((v, j) => (sheet.getCell(i + 2, j + 1).value = v)));
  edit?.(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test("Excel template: the header of the CSV, text cells, drop-downs from the options, a hidden version", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await templateWorkbook("bulk-coe", template)) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet(SHEET_MAIN)!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  assert.deepEqual(
    header,
    csvColumns(def).map((c) => c.header),
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
  const r = await readUpload("bulk-coe", await filled(rows));
  assert.ok(r.ok, JSON.stringify(r).slice(0, 200));
  assert.equal(r.encoding, "xlsx");
  assert.equal(r.rows.length, 300);
  assert.equal(r.rows[0].values.nameRoman, "APPLICANT AA");
  assert.equal(r.rows[0].values.birthDate, "19980412");
  assert.deepEqual(
    r.rows.flatMap((x) => x.problems.map((p) => `${x.rowNo}:${p.header}`)),
    ["10:身分事項_性別"],
  );
  const over = await readUpload("bulk-coe", await filled(Array.from({ length: 301 }, () => row())));
  assert.ok(!over.ok && over.reason === "tooManyRows");
});

test("Excel template: an older version or another procedure's workbook is refused as such; a broken one too", async () => {
  const older = await filled([row()], (wb) => (wb.getWorksheet("版")!.getCell("B3").value = "000000000000"));
  const r1 = await readUpload("bulk-coe", older);
  assert.ok(!r1.ok && r1.reason === "olderTemplate");
  const other = await filled([row()], (wb) => (wb.getWorksheet("版")!.getCell("B1").value = "bulk-change"));
  const r2 = await readUpload("bulk-coe", other);
  assert.ok(!r2.ok && r2.reason === "otherProcedure" && r2.procedureCode === "bulk-change");
  const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
  const r3 = await readUpload("bulk-coe", broken);
  assert.ok(!r3.ok && r3.reason === "notWorkbook");
});
