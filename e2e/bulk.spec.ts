import fs from "node:fs";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { stringify } from "csv-stringify/sync";
import { test, expect, type Page } from "@playwright/test";
import { approvedStaff, canvasJpeg, keyboardFill, tabTo } from "./support/residence";
import { waitForMail } from "./support/mail";
import { pdfFile, pngRenamed, validPdf } from "./support/pdfs";
import { templateFor } from "../lib/bulk/templates";
import { csvColumns, rowOf } from "../lib/forms/csv";
import { normalize } from "../lib/forms/engine";
import { engineerCoeN } from "../lib/forms/definitions/residence/examples";

// Issue 12 (first part): 一括申請用テンプレート from the procedure page, 一括申請アップロード with its
// whole-file refusals, 一括申請読込結果 with 正常 / 要確認, and 申込詳細 naming each problem by column.

const def = templateFor("bulk-coe", "N")!.def;
const header = csvColumns(def).map((c) => c.header);
const example = normalize(def, engineerCoeN);
const row = (over: Record<string, unknown> = {}) => rowOf(def, { ...example, ...over });
const sjis = (name: string, rows: string[][], head = header) => ({
  name,
  mimeType: "text/csv",
  buffer: iconv.encode(stringify([head, ...rows], { record_delimiter: "windows" }), "cp932"),
});

const pdfLike = { name: "face.jpg", mimeType: "image/jpeg", buffer: Buffer.from("%PDF-1.7 not a photo") };

type Chosen = { name: string; mimeType: string; buffer: Buffer };
async function upload(page: Page, file: Chosen | Chosen[]) {
  await page.locator("#field-file").setInputFiles(file);
  await page.getByRole("button", { name: /アップロードする/ }).click();
}

test("一括申請用テンプレート: the file itself needs no login, as the manual suggests making it beforehand", async ({
  request,
}) => {
  const res = await request.get("/api/procedures/bulk-coe/bulk-template?template=N&encoding=shift_jis");
  expect(res.status()).toBe(200);
  expect(iconv.decode(await res.body(), "cp932")).toBe(`${header.join(",")}\r\n`);
  expect((await request.get("/api/procedures/bulk-coe/bulk-template?template=Z")).status()).toBe(404);
});

test("一括申請: refused files say why; a file read gives 正常 / 要確認 per applicant, each problem named by column; resumable", async ({
  browser,
  baseURL,
  page,
}) => {
  test.setTimeout(120_000);
  const { email } = await approvedStaff(browser, baseURL, page, "bulk");
  // ダウンロードファイル: the template of a 区分, in the chosen encoding.
  await page.goto("/ja/procedures/bulk-coe");
  await page.locator("#field-template").selectOption("N");
  await page.getByLabel("UTF-8（BOM付き）").check();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "ダウンロード" }).click(),
  ]);
  expect(fs.readFileSync(await download.path()).toString("utf8")).toBe(`\uFEFF${header.join(",")}\r\n`);
  await page.getByRole("link", { name: /同意する/ }).click();
  await expect(page).toHaveURL(/\/procedures\/bulk-coe\/bulk$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("一括申請アップロード");
  await expect(page.getByText("前回保存された一括申請からの再開")).toHaveCount(0);

  await page.getByRole("button", { name: /アップロードする/ }).click();
  await expect(page.locator(".error-summary")).toContainText("アップロードする一括申請ファイルを選択してください。");
  await upload(
    page,
    sjis(
      "301人.csv",
      Array.from({ length: 301 }, () => row()),
    ),
  );
  await expect(page.locator("#field-file-error")).toContainText("申請人が301人分あります");
  await upload(
    page,
    sjis(
      "旧様式.csv",
      [row()],
      header.map((h) => (h === "身分事項_氏名" ? "氏名" : h)),
    ),
  );
  await expect(page.locator("#field-file-error")).toContainText("テンプレートにあってファイルにない列：身分事項_氏名");
  await expect(page.locator("#field-file-error")).toContainText("テンプレートにない列：氏名");
  await expect(page.locator("#field-file")).toHaveAttribute("aria-invalid", "true");

  await upload(
    page,
    sjis("一括申請.csv", [row(), row({ sex: "X", nameRoman: "" }), row({ nameRoman: "TRAN THI BINH" })]),
  );
  await expect(page).toHaveURL(/\/bulk\/results$/);
  const facts = page.locator("main dl").first();
  await expect(facts).toContainText("一括申請.csv");
  await expect(facts).toContainText("Shift_JIS");
  await expect(facts).toContainText("3人分");
  const table = page.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(4);
  await expect(table.getByRole("row", { name: /TRAN THI BINH/ })).toContainText("正常");
  await expect(table.getByRole("row").nth(2)).toContainText("要確認（2件）");
  await page.getByRole("link", { name: "要確認のみ表示" }).click();
  await expect(table.getByRole("row")).toHaveCount(2);
  await table.getByRole("link", { name: /詳細/ }).click();

  await expect(page).toHaveURL(/\/bulk\/rows\/2$/);
  const problems = page.getByRole("region", { name: "修正が必要な項目" });
  await expect(problems.getByRole("row", { name: /性別/ })).toContainText("「X」は選択肢にありません");
  await expect(problems.getByRole("row", { name: /性別/ })).toContainText("身分事項_性別");
  await expect(problems.getByRole("row", { name: /氏名/ })).toBeVisible();
  // The messages are at their fields too; fixed with the keyboard only, 修正する brings the list back.
  await expect(page.locator("#field-nameRoman")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-sex")).toContainText("「X」は選択肢にありません");
  await keyboardFill(page, { nameRoman: "LE VAN CUONG", sex: "男" });
  await tabTo(page, "main form button[value=continue]");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/bulk\/results\?fixed=2$/);
  await expect(page.getByRole("status").filter({ hasText: "2行目の修正を保存しました" })).toBeVisible();
  await expect(page.locator("main dl").first()).toContainText("要確認0件");
  await expect(page.getByRole("table").getByRole("row", { name: /LE VAN CUONG/ })).toContainText("正常");
  // Many photos at once, matched by file name: two applicants, one name of nobody, one refused.
  const face = await canvasJpeg(page, 300, 400);
  await page.locator("#field-photos").setInputFiles([
    { name: "1.jpg", mimeType: "image/jpeg", buffer: face },
    { name: "002.jpeg", mimeType: "image/jpeg", buffer: face },
    { name: "99.jpg", mimeType: "image/jpeg", buffer: face },
    { name: "3.jpg", mimeType: "image/jpeg", buffer: await canvasJpeg(page, 300, 300) },
  ]);
  await page.getByRole("button", { name: "まとめて登録する" }).click();
  const summary = page.getByRole("status").filter({ hasText: "4件中2件の顔写真を登録しました。" });
  await expect(summary).toContainText("申請人が見つからないファイル名：99.jpg");
  await expect(summary).toContainText("規格に合わず登録できなかったファイル");
  await expect(summary).toContainText("3.jpg");
  await expect(page.getByRole("table").getByRole("row", { name: /LE VAN CUONG/ })).toContainText("登録済");

  // Kept on the server: the upload screen offers to resume; a new upload replaces the batch.
  await page.goto("/ja/procedures/bulk-coe/bulk");
  await expect(page.getByText(/一括申請\.csv（.+アップロード、3人分）/)).toBeVisible();
  await page.getByRole("link", { name: /再開する/ }).click();
  await expect(page.locator("main dl").first()).toContainText("3人分");
  await page.goto("/ja/procedures/bulk-coe/bulk");
  await upload(page, {
    name: "utf8.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`\uFEFF${stringify([header, row()], { record_delimiter: "unix" })}`, "utf8"),
  });
  await expect(page.locator("main dl").first()).toContainText("1人分");
  await expect(page.locator("main dl").first()).toContainText("UTF-8");
  await page.goto("/ja/procedures/bulk-coe/bulk/rows/3");
  await expect(page.locator("main [role=alert]")).toContainText("この申請人は見つかりません");
  await page.goto("/ja/procedures/bulk-coe/bulk/results");
  await expect(page.getByText("申込みは、すべての申請人が「正常」になり")).toBeVisible();

  // 顔写真 for the applicant (§5.3.3), then 申込む files the batch (§5.3.5).
  await page.getByRole("table").getByRole("link", { name: /詳細/ }).click();
  await page.locator("#field-photo").setInputFiles(pdfLike);
  await page.getByRole("button", { name: "写真を添付する" }).click();
  await expect(page.locator("#field-photo-error")).toContainText("JPEG");
  await page
    .locator("#field-photo")
    .setInputFiles([{ name: "face.jpg", mimeType: "image/jpeg", buffer: await canvasJpeg(page, 300, 400) }]);
  await page.getByRole("button", { name: "写真を添付する" }).click();
  await expect(page.getByRole("status").filter({ hasText: "顔写真を登録しました。" })).toBeVisible();
  await expect(page.getByRole("img", { name: "添付した申請人の顔写真" })).toBeVisible();
  // 資料添付 for the applicant: PDFs by the single application's rules, each refusal by file name.
  await page
    .locator("#field-documents")
    .setInputFiles([pdfFile("雇用契約書.pdf", await validPdf()), pdfFile("写真.pdf", pngRenamed())]);
  await page.getByRole("button", { name: "添付する", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "雇用契約書.pdf を添付しました。" })).toBeVisible();
  await expect(page.locator("#field-documents-error")).toContainText("写真.pdf はPDFファイルではありません");
  await expect(page.locator("#field-documents")).toHaveAttribute("aria-invalid", "true");
  const documents = page.getByRole("region", { name: "資料添付" }).getByRole("table");
  await expect(documents.getByRole("row", { name: /雇用契約書\.pdf/ })).toBeVisible();
  await page.locator("#field-documents").setInputFiles([pdfFile("不要.pdf", await validPdf("extra"))]);
  await page.getByRole("button", { name: "添付する", exact: true }).click();
  await page.getByRole("button", { name: "不要.pdf を削除" }).click();
  await expect(page.getByRole("status").filter({ hasText: "不要.pdf を削除しました。" })).toBeVisible();
  await expect(documents.getByRole("row")).toHaveCount(2);
  await page.getByRole("link", { name: /読込結果一覧へ戻る/ }).click();
  await expect(page.getByRole("table").getByRole("row").nth(1)).toContainText("登録済");
  await page.getByRole("button", { name: /申込む/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "OK" }).click();
  await expect(page).toHaveURL(/\/bulk\/complete\?no=B\d{12}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("一括申請完了");
  await expect(page.getByTestId("bulk-count")).toHaveText("1件");
  const bulkNo = (await page.getByTestId("bulk-no").textContent())!.trim();
  expect(bulkNo).toMatch(/^B\d{12}$/);
  expect((await waitForMail(email, /整理番号/)).text).toContain("在留資格認定証明書交付申請");
  await page.goto("/ja/applications");
  await expect(page.getByRole("table").getByRole("row", { name: /NGUYEN VAN AN/ })).toContainText("（一括申請）");
  await page
    .getByRole("table")
    .getByRole("row", { name: /NGUYEN VAN AN/ })
    .getByRole("link")
    .first()
    .click();
  await expect(page.getByTestId("detail-files")).toHaveText(/雇用契約書\.pdf/);
  // The filed batch is not offered again; the results show where it went.
  await page.goto("/ja/procedures/bulk-coe/bulk/results");
  await expect(page).toHaveURL(new RegExp(`/bulk/complete\\?no=${bulkNo}$`));
  // A filed applicant can no longer be changed: its page leads to the completion.
  await page.goto("/ja/procedures/bulk-coe/bulk/rows/1");
  await expect(page).toHaveURL(new RegExp(`/bulk/complete\\?no=${bulkNo}$`));
});

test("一括申請 with the Excel template: downloaded with its drop-downs, filled by a script, uploaded as it is", async ({
  browser,
  baseURL,
  page,
}) => {
  test.setTimeout(120_000);
  await approvedStaff(browser, baseURL, page, "bulkxlsx");
  await page.goto("/ja/procedures/bulk-coe");
  await page.locator("#field-template").selectOption("N");
  await page.getByLabel(/Excelブック/).check();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "ダウンロード" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  // Each sheet by its headers, as an office fills them: applicant n on line n+1 of every sheet.
  const rows = [row(), row({ nameRoman: "TRAN THI BINH", sex: "X" })];
  const sheets = ["申請情報入力", "申請情報入力(区分N)"].map((name) => wb.getWorksheet(name)!);
  for (const sheet of sheets) {
    const at = (sheet.getRow(1).values as string[]).slice(1);
    rows.forEach((r, i) =>
      r.forEach((v, j) => at.includes(header[j]) && (sheet.getCell(i + 2, at.indexOf(header[j]) + 1).value = v)),
    );
  }
  const filled = Buffer.from(await wb.xlsx.writeBuffer());
  await page.getByRole("link", { name: /同意する/ }).click();
  // Only the first sheet saved as CSV: the page names the sheet whose file is missing.
  const first = (sheets[0].getRow(1).values as string[]).slice(1);
  await upload(page, {
    name: "申請情報入力.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(stringify([first, ...rows.map((r) => first.map((h) => r[header.indexOf(h)]))])),
  });
  await expect(page.locator("#field-file-error")).toContainText(
    "次のシートのCSVファイルがありません：申請情報入力(区分N)",
  );
  await upload(page, {
    name: "一括申請.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: filled,
  });
  await expect(page).toHaveURL(/\/bulk\/results$/);
  const facts = page.locator("main dl").first();
  await expect(facts).toContainText("Excelブック（.xlsx）");
  await expect(facts).toContainText("2人分");
  await expect(page.getByRole("table").getByRole("row", { name: /TRAN THI BINH/ })).toContainText("要確認（1件）");
});
