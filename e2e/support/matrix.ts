import crypto from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { hash as argon2 } from "@node-rs/argon2";
import { withDb } from "./db";
import { logIn, demoUser } from "./session";

const hashPassword = (pw: string) => argon2(pw);

// The accessibility matrix: a screen joins it by adding its route here.
export const allLocales = ["ja", "en", "zh-Hans", "zh-Hant", "ko", "es", "vi", "tl"] as const;
export const jaEn = ["ja", "en"] as const;
export const themes = ["standard", "blue", "yellow", "black"] as const;

export type MatrixScreen = {
  name: string;
  path: string;
  /** Defaults to all 8 locales (public screens); ja/en-only screens list ["ja", "en"]. */
  locales?: readonly string[];
  /** Log in as the demo user first. */
  auth?: boolean;
  /** Log in as this account instead. */
  user?: { loginId: string; password: string };
  /** Runs once before the screen is opened (e.g. create the link token it needs). */
  setup?: () => Promise<void>;
  /** Steps after loading, e.g. submit the form empty to scan its error state. */
  prepare?: (page: Page) => Promise<void>;
};

const submitEmpty = async (page: Page) => {
  await page.locator("main form button[value=continue]").click();
  await expect(page.locator("[role=alert].error-summary")).toBeVisible();
};

/** A mailed-link token that the matrix can open: stored hashed, like real ones. */
export const matrixToken = (purpose: string) => `matrix-${purpose.toLowerCase()}`;
export async function ensureToken(purpose: "REGISTRATION" | "PASSWORD_RESET") {
  const token = matrixToken(purpose);
  const hash = crypto.createHash("sha256").update(token).digest("hex");
  await withDb((db) =>
    db.query(
      `INSERT INTO "EmailToken" (id, "tokenHash", purpose, email, "userId", locale, "expiresAt") VALUES ($1, $2, $3, $4, (SELECT id FROM "User" WHERE "loginId" = $5), 'ja', now() + interval '30 days') ON CONFLICT ("tokenHash") DO NOTHING`,
      [
        `tok-${token}`,
        hash,
        purpose,
        purpose === "REGISTRATION" ? "matrix@example.com" : "staff@example.com",
        demoUser.loginId,
      ],
    ),
  );
}

export const publicScreens: MatrixScreen[] = [
  { name: "top page", path: "/" },
  { name: "notices", path: "/notices" },
  { name: "notice (long)", path: "/notices/notice-2026-04-rules" },
  { name: "not found", path: "/no-such-page" },
  { name: "login", path: "/login" },
  { name: "logout confirm", path: "/logout" },
  { name: "forgot ID", path: "/forgot-id" },
  { name: "forgot password", path: "/forgot-password" },
  { name: "register (terms)", path: "/register" },
  { name: "register email", path: "/register/email" },
  { name: "register form", path: `/register/${matrixToken("REGISTRATION")}`, setup: () => ensureToken("REGISTRATION") },
  { name: "register link invalid", path: "/register/not-a-token" },
  { name: "register complete", path: "/register/complete" },
  {
    name: "reset password",
    path: `/reset-password/${matrixToken("PASSWORD_RESET")}`,
    setup: () => ensureToken("PASSWORD_RESET"),
  },
  { name: "reset link invalid", path: "/reset-password/not-a-token" },
  { name: "accessibility statement", path: "/accessibility" },
  { name: "accessibility test results", path: "/accessibility/results" },
];

// Error states: each form submitted empty, then scanned.
export const errorStateScreens: MatrixScreen[] = [
  { name: "login (errors)", path: "/login", prepare: submitEmpty },
  { name: "forgot ID (errors)", path: "/forgot-id", prepare: submitEmpty },
  { name: "forgot password (errors)", path: "/forgot-password", prepare: submitEmpty },
  { name: "register email (errors)", path: "/register/email", prepare: submitEmpty },
  {
    name: "register form (errors)",
    path: `/register/${matrixToken("REGISTRATION")}`,
    setup: () => ensureToken("REGISTRATION"),
    prepare: submitEmpty,
  },
  {
    name: "register form (calendar open)",
    path: `/register/${matrixToken("REGISTRATION")}`,
    setup: () => ensureToken("REGISTRATION"),
    prepare: async (page: Page) => {
      await page.getByRole("button", { name: /カレンダー|Calendar/ }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
    },
  },
  {
    name: "reset password (errors)",
    path: `/reset-password/${matrixToken("PASSWORD_RESET")}`,
    setup: () => ensureToken("PASSWORD_RESET"),
    prepare: submitEmpty,
  },
].map((s) => ({ ...s, locales: jaEn }));

export const loggedInScreens: MatrixScreen[] = [
  { name: "my page", path: "/mypage" },
  { name: "profile", path: "/mypage/profile" },
  { name: "change email", path: "/mypage/profile/email" },
  { name: "change email (errors)", path: "/mypage/profile/email", prepare: submitEmpty },
  { name: "change email link invalid", path: "/mypage/profile/email/not-a-token" },
  { name: "change password", path: "/mypage/profile/password" },
  { name: "change password (errors)", path: "/mypage/profile/password", prepare: submitEmpty },
  { name: "edit profile", path: "/mypage/profile/edit" },
  {
    name: "edit profile (confirm)",
    path: "/mypage/profile/edit",
    prepare: async (page: Page) => {
      await page.locator("main form button[value=continue]").click();
      await expect(page.locator("main dl")).toBeVisible();
    },
  },
].map((s) => ({ ...s, auth: true, locales: jaEn }));

// The procedure catalogue is offered in all 8 languages.
export const catalogScreens: MatrixScreen[] = [
  { name: "procedures", path: "/procedures" },
  { name: "procedure", path: "/procedures/change" },
  { name: "procedure (一括申請, templates)", path: "/procedures/bulk-coe" },
].map((s) => ({ ...s, auth: true }));

export const catalogJaEnScreens: MatrixScreen[] = [
  { name: "procedures (no results)", path: "/procedures?q=zzzz" },
  { name: "procedure (favourite confirm)", path: "/procedures/coe?favorite=confirm" },
  { name: "favourites", path: "/mypage/favorites" },
].map((s) => ({ ...s, auth: true, locales: jaEn }));

// 申込 screens and the back office (ja/en only). The confirm and complete screens belong to an
// account of their own, so the demo user's apply form stays empty for its error state.
export const matrixApplicant = { loginId: "U0000000099", password: "Matrix-pass9!" };
const officerUser = { loginId: "U0000000002", password: "Officer-pass2?" };
const MATRIX_APP = "matrix-usage-app";
const usageValues = {
  usageType: "new",
  organizationName: "株式会社マトリクス",
  corporateNumber: "7123456789012",
  postalCode: "1008977",
  organizationAddress: "東京都千代田区霞が関1-1-1",
  phone: "0312345678",
  staffName: "MATRIX USER",
  department: "",
  note: "",
  agentCertificateNumber: "",
};

export async function ensureApplyState() {
  const hash = await hashPassword(matrixApplicant.password);
  await withDb(async (db) => {
    await db.query(
      `INSERT INTO "User" (id, "loginId", email, kind, role, "nameRoman", "birthDate", phone, "corporateNumber", "organizationName", "postalCode", "organizationAddress", "passwordHash", "updatedAt")
       VALUES ('matrix-user', $1, 'matrix-user@example.com', 'ORGANIZATION_STAFF', 'APPLICANT', 'MATRIX USER', '1990-01-01', '0312345678', '7123456789012', '株式会社マトリクス', '1008977', '東京都千代田区霞が関1-1-1', $2, now())
       ON CONFLICT DO NOTHING`,
      [matrixApplicant.loginId, hash],
    );
    await db.query(
      `INSERT INTO "ApplicationDraft" (id, "userId", "procedureCode", values, "updatedAt") VALUES ('matrix-draft', 'matrix-user', 'usage', $1, now()) ON CONFLICT DO NOTHING`,
      [JSON.stringify(usageValues)],
    );
    await db.query(
      `INSERT INTO "Application" (id, "referenceNo", "submissionKey", "userId", "procedureCode", values, "accessPasswordHash", "updatedAt") VALUES ($1, '900000000001', 'matrix-submitted', 'matrix-user', 'usage', $2, 'x', now()) ON CONFLICT DO NOTHING`,
      [MATRIX_APP, JSON.stringify(usageValues)],
    );
    // The matrix applicant's own approved 利用申出, so its residence 申込 screens are open.
    await db.query(
      `INSERT INTO "Application" (id, "referenceNo", "submissionKey", "userId", "procedureCode", values, status, "accessPasswordHash", "updatedAt") VALUES ('matrix-approved-app', '900000000002', 'matrix-approved', 'matrix-user', 'usage', $1, 'COMPLETED', 'x', now()) ON CONFLICT DO NOTHING`,
      [JSON.stringify(usageValues)],
    );
    await db.query(
      `INSERT INTO "UsageApproval" (id, "applicationId", "userId", "approvedAt", "validUntil") VALUES ('matrix-approval', 'matrix-approved-app', 'matrix-user', now(), now() + interval '3 years') ON CONFLICT DO NOTHING`,
    );
    // Residence drafts with their status chosen, so the steps open.
    for (const code of ["coe", "extension", "acquisition", "work-certificate"])
      await db.query(
        `INSERT INTO "ApplicationDraft" (id, "userId", "procedureCode", values, "updatedAt") VALUES ($1, 'matrix-user', $2, $3, now()) ON CONFLICT DO NOTHING`,
        [`matrix-${code}-draft`, code, JSON.stringify({ status: "技術・人文知識・国際業務" })],
      );
    // A filed 変更 with its 再入国許可申請, for 申込完了's list of simultaneous applications.
    await db.query(
      `INSERT INTO "Application" (id, "referenceNo", "submissionKey", "userId", "procedureCode", values, status, "accessPasswordHash", "updatedAt") VALUES ('matrix-change-app', '900000000003', 'matrix-change', 'matrix-user', 'change', '{}', 'SUBMITTED', 'x', now()) ON CONFLICT DO NOTHING`,
    );
    // A residence application sent back for more documents, for 申込詳細 and the correction screen.
    await db.query(
      `INSERT INTO "Application" (id, "referenceNo", "submissionKey", "userId", "procedureCode", values, status, "returnMessage", "accessPasswordHash", "updatedAt") VALUES ('matrix-returned-app', '900000000005', 'matrix-returned', 'matrix-user', 'extension', '{"status":"技術・人文知識・国際業務","nameRoman":"NGUYEN VAN AN"}', 'RETURNED', '在職証明書を追加してください。', 'x', now()) ON CONFLICT DO NOTHING`,
    );
    await db.query(
      `INSERT INTO "Application" (id, "referenceNo", "submissionKey", "userId", "procedureCode", values, "accessPasswordHash", "parentId", "updatedAt") VALUES ('matrix-reentry-app', '900000000004', 'matrix-change:reentry', 'matrix-user', 'reentry', '{}', 'x', 'matrix-change-app', now()) ON CONFLICT DO NOTHING`,
    );
    // 変更 for 特定技能 (区分V) with every conditional part open: own support, dispatch, all three 同時申請.
    const open = ["申請する"];
    await db.query(
      `INSERT INTO "ApplicationDraft" (id, "userId", "procedureCode", values, "updatedAt") VALUES ('matrix-change-draft', 'matrix-user', 'change', $1, now()) ON CONFLICT DO NOTHING`,
      [
        JSON.stringify({
          status: "特定技能",
          sswType: "1号",
          delegateAll: "無",
          hasDispatch: "有",
          applyReentry: open,
          applyExtraActivity: open,
          applyWorkCertificate: open,
        }),
      ],
    );
    // A 利用申出 sent back, whose answers the correction screen offers to correct.
    await db.query(
      `INSERT INTO "Application" (id, "referenceNo", "submissionKey", "userId", "procedureCode", values, status, "returnMessage", "accessPasswordHash", "updatedAt") VALUES ('matrix-usage-returned', '900000000008', 'matrix-usage-returned', 'matrix-user', 'usage', $1, 'RETURNED', '電話番号を確認してください。', 'x', now()) ON CONFLICT DO NOTHING`,
      [JSON.stringify(usageValues)],
    );
    // Each filed application has the history a real filing leaves (its 申込, then any 返却).
    for (const [app, status] of [
      [MATRIX_APP, "SUBMITTED"],
      ["matrix-change-app", "SUBMITTED"],
      ["matrix-returned-app", "SUBMITTED"],
      ["matrix-returned-app", "RETURNED"],
      ["matrix-usage-returned", "SUBMITTED"],
      ["matrix-usage-returned", "RETURNED"],
    ])
      await db.query(
        `INSERT INTO "ApplicationEvent" (id, "applicationId", status, at) VALUES ($1, $2, $3, now()) ON CONFLICT DO NOTHING`,
        [`${app}-${status.toLowerCase()}`, app, status],
      );
    // A save file read (ファイル読込確認) and one already loaded, with a problem of each kind.
    const problems = JSON.stringify([
      { kind: "option", header: "利用申出の種類_利用申出の種類", key: "usageType", value: "X" },
      { kind: "unknownColumn", header: "所属機関等_旧項目", value: "abc" },
      { kind: "missingColumn", header: "担当者_部署名", key: "department" },
      { kind: "invalid", header: "所属機関等_電話番号", key: "phone", message: "charClass_halfDigits" },
    ]);
    for (const [id, loaded] of [
      ["matrix-loaded", "NULL"],
      ["matrix-loaded-done", "now()"],
    ])
      await db.query(
        `INSERT INTO "LoadedFile" (id, "userId", "procedureCode", "fileName", values, problems, "olderVersion", "savedAt", "createdAt", "loadedAt")
         VALUES ($1, 'matrix-user', 'usage', '保存データ.csv', $2, $3, true, now(), now(), ${loaded})
         ON CONFLICT (id) DO UPDATE SET "createdAt" = now(), "loadedAt" = ${loaded}`,
        [id, JSON.stringify(usageValues), problems],
      );
    // A filed 一括申請 of 変更 with its one application, for 一括申請完了 and 申込一覧's mark.
    await db.query(
      `INSERT INTO "BulkBatch" (id, "userId", "procedureCode", "templateKey", "fileName", encoding, "createdAt", "bulkNo", "filedAt") VALUES ('matrix-batch-filed', 'matrix-user', 'bulk-change', 'N', 'change.csv', 'utf-8', now(), 'B900000000009', now()) ON CONFLICT DO NOTHING`,
    );
    await db.query(
      `INSERT INTO "Application" (id, "referenceNo", "submissionKey", "userId", "procedureCode", values, status, "accessPasswordHash", "bulkNo", "updatedAt") VALUES ('matrix-bulk-app', '900000000009', 'matrix-bulk-app', 'matrix-user', 'change', '{"status":"技術・人文知識・国際業務","nameRoman":"BULK APPLICANT"}', 'SUBMITTED', 'x', 'B900000000009', now()) ON CONFLICT DO NOTHING`,
    );
    // A kept 一括申請 batch: one applicant 正常, one 要確認.
    await db.query(
      `INSERT INTO "BulkBatch" (id, "userId", "procedureCode", "templateKey", "fileName", encoding, "createdAt") VALUES ('matrix-batch', 'matrix-user', 'bulk-coe', 'N', '一括申請.csv', 'shift_jis', now()) ON CONFLICT DO NOTHING`,
    );
    const bulkProblems = JSON.stringify([
      { key: "sex", header: "身分事項_性別", message: "option?value=X" },
      { key: "schoolName", header: "申請人に関する情報等_最終学歴(3) 学校名", message: "gaiji?char=髙" },
      { key: "nameRoman", header: "身分事項_氏名", message: "required" },
    ]);
    for (const [id, no, problems] of [
      ["matrix-bulk-1", 1, "[]"],
      ["matrix-bulk-2", 2, bulkProblems],
    ])
      await db.query(
        `INSERT INTO "BulkRow" (id, "batchId", "rowNo", values, problems) VALUES ($1, 'matrix-batch', $2, $3, $4) ON CONFLICT DO NOTHING`,
        [
          id,
          no,
          JSON.stringify({
            status: "技術・人文知識・国際業務",
            nameRoman: "NGUYEN VAN AN",
            birthDate: "19980412",
            birthDateUnknown: "none",
          }),
          problems,
        ],
      );
    // An electronic 在留資格認定証明書 waiting for 受領登録.
    await db.query(
      `INSERT INTO "Application" (id, "referenceNo", "submissionKey", "userId", "procedureCode", values, status, "accessPasswordHash", "updatedAt") VALUES ('matrix-coe-app', '900000000006', 'matrix-coe', 'matrix-user', 'coe', '{"status":"留学","nameRoman":"SITI RAHAYU","coeReceipt":"メール"}', 'COMPLETED', 'x', now()) ON CONFLICT DO NOTHING`,
    );
    await db.query(
      `INSERT INTO "CoeCertificate" (id, "applicationId", "userId", "certificateNo", "storageKey", "issuedAt") VALUES ('matrix-cert', 'matrix-coe-app', 'matrix-user', '900000000007', 'matrix-missing-3', now()) ON CONFLICT DO NOTHING`,
    );
    await db.query(
      `INSERT INTO "Attachment" (id, "ownerId", "draftId", name, size, sha256, "storageKey") VALUES ('matrix-file-1', 'matrix-user', 'matrix-draft', '在職証明書.pdf', 2048, 'x', 'matrix-missing-1') ON CONFLICT DO NOTHING`,
    );
    await db.query(
      `INSERT INTO "Attachment" (id, "ownerId", "applicationId", name, size, sha256, "storageKey") VALUES ('matrix-file-2', 'matrix-user', $1, '登記事項証明書.pdf', 4096, 'x', 'matrix-missing-2') ON CONFLICT DO NOTHING`,
      [MATRIX_APP],
    );
  });
}

/** An applicant of its own per 区分, with a 認定 draft of one of its statuses, so its steps open. */
async function ensureCategoryApplicant(letter: string, index: number, status: string) {
  const id = `matrix-cat-${letter.toLowerCase()}`;
  const hash = await hashPassword(matrixApplicant.password);
  await withDb(async (db) => {
    await db.query(
      `INSERT INTO "User" (id, "loginId", email, kind, role, "nameRoman", "birthDate", phone, "corporateNumber", "organizationName", "postalCode", "organizationAddress", "passwordHash", "updatedAt")
       VALUES ($1, $2, $3, 'ORGANIZATION_STAFF', 'APPLICANT', 'MATRIX USER', '1990-01-01', '0312345678', '7123456789012', '株式会社マトリクス', '1008977', '東京都千代田区霞が関1-1-1', $4, now())
       ON CONFLICT DO NOTHING`,
      [id, categoryLogin(index), `${id}@example.com`, hash],
    );
    await db.query(
      `INSERT INTO "Application" (id, "referenceNo", "submissionKey", "userId", "procedureCode", values, status, "accessPasswordHash", "updatedAt") VALUES ($1, $2, $1, $3, 'usage', '{}', 'COMPLETED', 'x', now()) ON CONFLICT DO NOTHING`,
      [`${id}-usage`, `9100000000${String(index).padStart(2, "0")}`, id],
    );
    await db.query(
      `INSERT INTO "UsageApproval" (id, "applicationId", "userId", "approvedAt", "validUntil") VALUES ($1, $2, $3, now(), now() + interval '3 years') ON CONFLICT DO NOTHING`,
      [`${id}-approval`, `${id}-usage`, id],
    );
    await db.query(
      `INSERT INTO "ApplicationDraft" (id, "userId", "procedureCode", values, "updatedAt") VALUES ($1, $2, 'coe', $3, now()) ON CONFLICT DO NOTHING`,
      [`${id}-draft`, id, JSON.stringify({ status })],
    );
  });
}
const categoryLogin = (index: number) => `U00000010${String(index).padStart(2, "0")}`;

/** Each 区分's own steps on 認定, submitted empty: the category items' error states. */
export const categoryScreens: MatrixScreen[] = (
  [
    ["I", "教授"],
    ["J", "芸術"],
    ["K", "宗教"],
    ["L", "企業内転勤"],
    ["M", "経営・管理"],
    ["O", "興行"],
    ["P", "留学"],
    ["Q", "研修"],
    ["R", "家族滞在"],
    ["T", "日本人の配偶者等"],
    ["U", "医療"],
    ["Y", "技能実習"],
  ] as const
).flatMap(([letter, status], index) =>
  ["applicant", "organization"].map((step) => ({
    name: `apply 認定 区分${letter} step ${step} (errors)`,
    path: `/procedures/coe/apply?step=${step}`,
    user: { loginId: categoryLogin(index), password: matrixApplicant.password },
    setup: () => ensureCategoryApplicant(letter, index, status),
    prepare: submitEmpty,
    locales: jaEn,
  })),
);

/** 高度専門職: the ポイント計算表 step with its live total, submitted empty. */
categoryScreens.push({
  name: "apply 認定 高度専門職 step points (errors)",
  path: "/procedures/coe/apply?step=points",
  user: { loginId: categoryLogin(20), password: matrixApplicant.password },
  setup: () => ensureCategoryApplicant("HSP", 20, "高度専門職（1号ロ）"),
  prepare: submitEmpty,
  locales: jaEn,
});

export const applyScreens: MatrixScreen[] = [
  { name: "apply (利用申出)", path: "/procedures/usage/apply", auth: true },
  { name: "apply (errors)", path: "/procedures/usage/apply", auth: true, prepare: submitEmpty },
  { name: "apply (gate closed)", path: "/procedures/coe/apply", auth: true },
  { name: "apply confirm", path: "/procedures/usage/apply/confirm", user: matrixApplicant, setup: ensureApplyState },
  {
    name: "apply confirm (notice dialog)",
    path: "/procedures/usage/apply/confirm",
    user: matrixApplicant,
    setup: ensureApplyState,
    prepare: async (page: Page) => {
      await page.getByRole("button", { name: /申込む|Submit/ }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
    },
  },
  {
    name: "apply 認定 (希望する在留資格, errors)",
    path: "/procedures/coe/apply?reselect=1",
    user: matrixApplicant,
    setup: ensureApplyState,
    prepare: async (page: Page) => {
      // The long list is a combobox: emptied, its list closed, then sent.
      await page.locator("#field-status").fill("");
      await page.locator("#field-status").press("Escape");
      await submitEmpty(page);
    },
  },
  ...["applicant", "organization", "receipt", "declaration"].map((step) => ({
    name: `apply 認定 step ${step} (errors)`,
    path: `/procedures/coe/apply?step=${step}`,
    user: matrixApplicant,
    setup: ensureApplyState,
    prepare: submitEmpty,
  })),
  {
    name: "apply 認定 step files",
    path: "/procedures/coe/apply?step=files",
    user: matrixApplicant,
    setup: ensureApplyState,
  },
  ...[
    ["更新", "extension", "applicant"],
    ["更新", "extension", "receipt"],
    ["取得", "acquisition", "applicant"],
    ["就労資格証明書", "work-certificate", "applicant"],
  ].map(([name, code, step]) => ({
    name: `apply ${name} step ${step} (errors)`,
    path: `/procedures/${code}/apply?step=${step}`,
    user: matrixApplicant,
    setup: ensureApplyState,
    prepare: submitEmpty,
  })),
  ...[
    ["変更 区分V", "applicant"],
    ["変更 区分V", "organization"],
    ["変更 同時申請", "simultaneous"],
  ].map(([name, step]) => ({
    name: `apply ${name} step ${step} (errors)`,
    path: `/procedures/change/apply?step=${step}`,
    user: matrixApplicant,
    setup: ensureApplyState,
    prepare: submitEmpty,
  })),
  {
    name: "apply 就労資格証明書 step files",
    path: "/procedures/work-certificate/apply?step=files",
    user: matrixApplicant,
    setup: ensureApplyState,
  },
  {
    name: "apply 受領方法変更申出 (errors)",
    path: "/procedures/receipt-change/apply",
    user: matrixApplicant,
    setup: ensureApplyState,
    prepare: submitEmpty,
  },
  { name: "receipts (empty)", path: "/receipts", auth: true },
  { name: "receipts", path: "/receipts", user: matrixApplicant, setup: ensureApplyState },
  { name: "receipt confirm", path: "/receipts/matrix-cert", user: matrixApplicant, setup: ensureApplyState },
  { name: "apply 定期報告 (errors)", path: "/procedures/periodic-report/apply", auth: true, prepare: submitEmpty },
  { name: "apply load", path: "/procedures/usage/apply/load", user: matrixApplicant, setup: ensureApplyState },
  {
    name: "apply load (errors)",
    path: "/procedures/usage/apply/load?error=notSavedFile",
    user: matrixApplicant,
    setup: ensureApplyState,
  },
  {
    name: "apply load confirm (problems)",
    path: "/procedures/usage/apply/load?file=matrix-loaded",
    user: matrixApplicant,
    setup: ensureApplyState,
  },
  {
    name: "apply (loaded, problems open)",
    path: "/procedures/usage/apply?loaded=matrix-loaded-done",
    user: matrixApplicant,
    setup: ensureApplyState,
    prepare: async (page: Page) => {
      await page.locator("#loaded-problems").locator("xpath=ancestor::details/summary").click();
      await expect(page.locator("#loaded-problems")).toBeVisible();
    },
  },
  { name: "bulk upload", path: "/procedures/bulk-coe/bulk", user: matrixApplicant, setup: ensureApplyState },
  {
    name: "bulk upload (errors)",
    path: "/procedures/bulk-coe/bulk?error=header&missing=身分事項_氏名&unknown=氏名",
    user: matrixApplicant,
    setup: ensureApplyState,
  },
  { name: "bulk results", path: "/procedures/bulk-coe/bulk/results", user: matrixApplicant, setup: ensureApplyState },
  {
    name: "bulk complete",
    path: "/procedures/bulk-change/bulk/complete?no=B900000000009",
    user: matrixApplicant,
    setup: ensureApplyState,
  },
  {
    name: "bulk results (photos sent, errors)",
    path: "/procedures/bulk-coe/bulk/results?sent=4&attached=2&unmatched=99.jpg&refused=3.jpg&photosError=none&error=notReady",
    user: matrixApplicant,
    setup: ensureApplyState,
  },
  {
    name: "bulk row (problems, documents refused)",
    path: "/procedures/bulk-coe/bulk/rows/2?added=雇用契約書.pdf&refused=notPdf:写真.pdf",
    user: matrixApplicant,
    setup: ensureApplyState,
  },
  { name: "apply history", path: "/procedures/usage/apply/history", user: matrixApplicant, setup: ensureApplyState },
  {
    name: "apply (reused)",
    path: "/procedures/usage/apply?reused=matrix-approved-app",
    user: matrixApplicant,
    setup: ensureApplyState,
  },
  { name: "applications (empty)", path: "/applications", auth: true },
  { name: "applications (list)", path: "/applications", user: matrixApplicant, setup: ensureApplyState },
  {
    name: "apply complete",
    path: "/procedures/usage/apply/complete?ref=900000000001",
    user: matrixApplicant,
    setup: ensureApplyState,
  },
  {
    name: "apply complete (同時申請)",
    path: "/procedures/change/apply/complete?ref=900000000003",
    user: matrixApplicant,
    setup: ensureApplyState,
  },
  {
    name: "applications (search errors)",
    path: "/applications?from=20261301&to=2026113",
    user: matrixApplicant,
    setup: ensureApplyState,
  },
  {
    name: "application detail (返却中)",
    path: "/applications/matrix-returned-app",
    user: matrixApplicant,
    setup: ensureApplyState,
  },
  {
    name: "application correct",
    path: "/applications/matrix-returned-app/correct",
    user: matrixApplicant,
    setup: ensureApplyState,
  },
  {
    name: "application correct (利用申出, errors)",
    path: "/applications/matrix-usage-returned/correct",
    user: matrixApplicant,
    setup: ensureApplyState,
    prepare: async (page: Page) => {
      await page.locator("#field-phone").fill("x");
      await submitEmpty(page);
    },
  },
  {
    name: "application correct (nothing added)",
    path: "/applications/matrix-returned-app/correct?error=noFiles",
    user: matrixApplicant,
    setup: ensureApplyState,
  },
  {
    name: "admin list (search)",
    path: "/admin?status=SUBMITTED&from=2026",
    user: officerUser,
    setup: ensureApplyState,
  },
  {
    name: "admin detail (residence moves)",
    path: "/admin/applications/matrix-change-app",
    user: officerUser,
    setup: ensureApplyState,
  },
  { name: "admin list", path: "/admin", user: officerUser, setup: ensureApplyState },
  { name: "admin detail", path: `/admin/applications/${MATRIX_APP}`, user: officerUser, setup: ensureApplyState },
  {
    name: "admin detail (errors)",
    path: `/admin/applications/${MATRIX_APP}?error=empty`,
    user: officerUser,
    setup: ensureApplyState,
  },
].map((s) => ({ ...s, locales: jaEn }));

// 入力途中の申込 is a my-page screen: all 8 languages.
export const draftScreens: MatrixScreen[] = [
  { name: "drafts (empty)", path: "/mypage/drafts", auth: true },
  { name: "drafts", path: "/mypage/drafts", user: matrixApplicant, setup: ensureApplyState },
  {
    name: "drafts (delete confirm)",
    path: "/mypage/drafts?remove=matrix-draft",
    user: matrixApplicant,
    setup: ensureApplyState,
  },
];

export const matrix: MatrixScreen[] = [
  ...publicScreens,
  ...errorStateScreens,
  ...loggedInScreens,
  ...catalogScreens,
  ...catalogJaEnScreens,
  ...applyScreens,
  ...categoryScreens,
  ...draftScreens,
];
export { logIn, demoUser };
