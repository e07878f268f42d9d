import { expect, type Browser, type Page } from "@playwright/test";
import { PASSWORD, getUser, randomCorporateNumber, registerQuick } from "./accounts";
import { logIn } from "./session";
import { uniqueEmail } from "./mail";
import { withDb } from "./db";
import { coeN } from "../../lib/forms/definitions/residence/coe-n";
import { engineerCoeN } from "../../lib/forms/definitions/residence/examples";
import { allFields } from "../../lib/forms/engine";
import { stepForm } from "../../lib/forms/steps";
import type { FormDefinition, FormValue, GroupRow } from "../../lib/forms/types";

/**
 * A staff member whose 利用申出 an officer approved. The approval is written straight to the
 * database: the 利用申出 screens and the officer's decision have their own tests (usage.spec.ts).
 */
export async function approvedStaff(browser: Browser, baseURL: string | undefined, page: Page, tag: string) {
  const email = uniqueEmail(tag);
  await registerQuick(browser, baseURL, email, randomCorporateNumber());
  const user = await getUser(email);
  await withDb(async (db) => {
    const ref = String(Date.now()).slice(-11).padStart(12, "9");
    const app = await db.query(
      `INSERT INTO "Application" (id, "referenceNo", "submissionKey", "userId", "procedureCode", values, status, "accessPasswordHash", "updatedAt")
       VALUES ($1, $2, $1, $3, 'usage', '{}', 'COMPLETED', 'x', now()) RETURNING id`,
      [`e2e-usage-${user.id}`, ref, user.id],
    );
    await db.query(
      `INSERT INTO "UsageApproval" (id, "applicationId", "userId", "corporateNumber", "approvedAt", "validUntil")
       VALUES ($1, $2, $3, $4, now(), now() + interval '3 years')`,
      [`e2e-approval-${user.id}`, app.rows[0].id, user.id, user.corporateNumber],
    );
  });
  await logIn(page, user.loginId, PASSWORD);
  await expect(page).toHaveURL(/\/ja\/mypage$/);
  return { email, user };
}

const field = (page: Page, name: string) => page.locator(`#field-${name.replace(/\./g, "\\.")}`);

type Answer = FormValue;
const isRows = (v: Answer): v is GroupRow[] => Array.isArray(v) && typeof v[0] === "object";

/**
 * Types answers into the fields of the page: text, selects and comboboxes by value, radios and
 * checkboxes by value, and a group's rows (+追加する when the row is not there yet).
 */
export async function fillAnswers(page: Page, answers: Record<string, Answer>) {
  for (const [name, value] of Object.entries(answers)) {
    if (isRows(value)) {
      for (const [i, row] of value.entries()) {
        const first = Object.keys(row)[0];
        if (!(await field(page, `${name}.${i}.${first}`).count()))
          await page.locator(`button[value="add:${name}"]`).click();
        await fillAnswers(page, Object.fromEntries(Object.entries(row).map(([k, v]) => [`${name}.${i}.${k}`, v])));
      }
      continue;
    }
    // A date's 不詳 choice (生年月日 in a row): "none" is the default; another is its radio.
    if (name.endsWith("Unknown") && !(await field(page, name).count())) {
      if (value && value !== "none")
        await field(page, `${name.slice(0, -"Unknown".length)}-unknown`)
          .locator(`input[value="${value}"]`)
          .check();
      continue;
    }
    const el = field(page, name);
    const tag = await el.evaluate((e) => `${e.tagName}:${e.getAttribute("role") ?? ""}`);
    if (tag.startsWith("FIELDSET")) {
      for (const v of Array.isArray(value) ? value : [value]) await el.locator(`input[value="${v}"]`).check();
    } else if (tag.startsWith("SELECT")) {
      // A long list is a <select> until the page hydrates it into a combobox: if that happened
      // meanwhile, type into the combobox instead.
      await el.selectOption(String(value)).catch(async (e) => {
        if ((await el.getAttribute("role")) !== "combobox") throw e;
        await el.fill(String(value));
        await el.press("Tab");
      });
    } else {
      await el.fill(String(value));
      // A combobox keeps its list open while typing; leaving the field closes it, as for a person.
      if (tag.endsWith(":combobox")) await el.press("Tab");
    }
  }
}

/** The example application's answers that belong to one step of a form (see examples.ts). */
export function answersOf(
  stepId: string,
  except: string[] = [],
  def: FormDefinition = coeN,
  sample: Record<string, Answer> = engineerCoeN,
): Record<string, Answer> {
  const step = def.steps!.find((s) => s.id === stepId)!;
  const own = new Set(allFields(stepForm(def, step)).flatMap((f) => (f.type === "hidden" ? [] : [f.name])));
  return Object.fromEntries(Object.entries(sample).filter(([k]) => own.has(k) && !except.includes(k)));
}

/** A real JPEG of the given size, drawn by the browser. */
export async function canvasJpeg(page: Page, width: number, height: number): Promise<Buffer> {
  const url = await page.evaluate(
    ([w, h]) => {
      const c = document.createElement("canvas");
      c.width = w;
      c.height = h;
      const g = c.getContext("2d")!;
      g.fillStyle = "#dde6ee";
      g.fillRect(0, 0, w, h);
      g.fillStyle = "#8a6a50";
      g.beginPath();
      g.arc(w / 2, h * 0.4, w * 0.25, 0, 2 * Math.PI);
      g.fill();
      return c.toDataURL("image/jpeg", 0.9);
    },
    [width, height],
  );
  return Buffer.from(url.split(",")[1], "base64");
}

/**
 * Files one application through its steps with the example's answers (the first steps' own
 * checks are tested elsewhere): status → each step → 申込確認 → 申込む; returns the 整理番号.
 */
export async function fileThroughSteps(
  page: Page,
  code: string,
  def: FormDefinition,
  status: string,
  sample: Record<string, Answer>,
): Promise<string> {
  await page.goto(`/ja/procedures/${code}/apply`);
  const choice = allFields(def).find((f) => f.name === "status");
  // A long list of statuses (就労資格証明書: every status) becomes a combobox.
  if (choice?.type === "select" && choice.options.length > 20)
    await expect(page.locator("#field-status")).toHaveAttribute("role", "combobox");
  await fillAnswers(page, { status });
  await page.getByRole("button", { name: /入力へ進む/ }).click();
  for (const step of def.steps!) {
    await expect(page).toHaveURL(new RegExp(`step=${step.id}`));
    const fields = allFields(stepForm(def, step));
    const long = fields.find((f) => f.type === "select" && f.options.length > 20 && !f.showWhen);
    if (long) await expect(page.locator(`#field-${long.name}`)).toHaveAttribute("role", "combobox");
    if (step.attachments && def.attachments?.photo) {
      await page
        .locator("#field-photo")
        .setInputFiles([{ name: "face.jpg", mimeType: "image/jpeg", buffer: await canvasJpeg(page, 300, 400) }]);
      await page.getByRole("button", { name: "写真を添付する" }).click();
      await expect(page.getByRole("img", { name: "添付した申請人の顔写真" })).toBeVisible();
    }
    await fillAnswers(page, answersOf(step.id, [], def, sample));
    await page.locator("main form button[value=continue]").click();
  }
  await expect(page).toHaveURL(/\/apply\/confirm$/);
  await page.getByRole("button", { name: /申込む/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "OK" }).click();
  await expect(page).toHaveURL(/\/apply\/complete\?ref=\d{12}$/);
  return (await page.getByTestId("reference-no").textContent())!.trim();
}

/**
 * Keyboard only: Tab (forward, round the page if need be) to each field and answer it as a person
 * would: type into text, arrow keys through a select or a radio group, Space on a checkbox, type
 * and Enter in a combobox. Answers are given in the order the fields appear.
 */
export async function keyboardFill(page: Page, answers: Record<string, string | string[]>) {
  for (const [name, value] of Object.entries(answers)) {
    await tabTo(page, `#field-${name.replace(/\./g, "\\.")}`);
    const kind = await page.evaluate(() => {
      const a = document.activeElement as HTMLInputElement;
      return `${a.tagName}:${a.type ?? ""}:${a.getAttribute("role") ?? ""}`;
    });
    if (kind.startsWith("SELECT"))
      await arrowTo(page, String(value), () =>
        page.evaluate(() => (document.activeElement as HTMLSelectElement).value),
      );
    else if (kind.includes(":radio:"))
      await arrowTo(page, String(value), async () => {
        const [v, checked] = await page.evaluate(() => {
          const a = document.activeElement as HTMLInputElement;
          return [a.value, a.checked] as const;
        });
        if (v === String(value) && !checked) await page.keyboard.press("Space");
        return v;
      });
    else if (kind.includes(":checkbox:")) {
      for (const v of Array.isArray(value) ? value : [value]) {
        await tabTo(page, `#field-${name} input[value="${v}"]`);
        await page.keyboard.press("Space");
      }
    } else if (kind.endsWith(":combobox")) {
      await page.keyboard.type(String(value));
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
    } else {
      await page.keyboard.press("ControlOrMeta+a");
      await page.keyboard.type(String(value));
    }
  }
}

/** Tab until the focus is on (or inside) the element. */
export async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 400; i++) {
    const inside = await page.evaluate((sel) => {
      const el = document.querySelector(sel);
      return !!el && !!document.activeElement && (el === document.activeElement || el.contains(document.activeElement));
    }, selector);
    if (inside) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function arrowTo(page: Page, value: string, current: () => Promise<string>) {
  for (const key of ["ArrowDown", "ArrowUp"])
    for (let i = 0; i < 250; i++) {
      if ((await current()) === value) return;
      await page.keyboard.press(key);
    }
  throw new Error(`no option ${value}`);
}
