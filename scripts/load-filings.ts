// Load and faults over real HTTP (issue 14), against the standalone server of the current build
// (`npm run build` first) on PostgreSQL: DATABASE_URL is migrated and 50 users are left behind in
// it, or with --fresh a new database is made on that server for the run and dropped afterwards:
//   A. 200 residence filings at once from 50 users (4 procedures each), each 申込む sent twice at
//      the same moment, while the SMTP server is down: every filing stored once with its own
//      整理番号, the double submit answered with the same one; the mails wait in the outbox and,
//      once SMTP is back, each goes out once.
//   B. 200 more filings and a 一括申請 of 300 applicants, the server SIGKILLed while they are in
//      flight and started again: no filing half stored (each is there with its mail and jobs, or
//      not at all; the batch all or none), the users send 申込む again, every one is stored once,
//      and every mail and job runs once.
// Prints p50/p95/p99 latency, errors and the counts it checked; exits 1 when a check fails.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { performance } from "node:perf_hooks";
import { request, type APIRequestContext } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { stringify } from "csv-stringify/sync";
import { createPrismaClient } from "../lib/db/client";
import { LocalFileStore } from "../lib/files/storage";
import { addAttachment } from "../lib/files/attachments";
import { draftSchema } from "../lib/applications/drafts";
import { formFor } from "../lib/forms/registry";
import { normalize } from "../lib/forms/engine";
import type { FormValues } from "../lib/forms/types";
import { managerCoeM, managerExtensionM } from "../lib/forms/definitions/residence/examples-m";
import { engineerCoeN } from "../lib/forms/definitions/residence/examples";
import { makeApplication, makeUser } from "../tests/support/fixtures";
import { readyBatch } from "../tests/support/bulk";
import { readBulkFile } from "../lib/bulk/read";
import { templateFor } from "../lib/bulk/templates";
import { csvColumns, rowOf } from "../lib/forms/csv";
import { jpeg } from "../tests/support/jpeg";
import { prepareDatabase } from "./lib.mjs";
import { freePort } from "./embedded-db.mjs";
import { startSmtpSink } from "./smtp-sink.mjs";

const USERS = 50;
const PASSWORD = "Load-pass1!";
const server = process.env.DATABASE_URL;
if (!server) throw new Error("set DATABASE_URL to a PostgreSQL database");
// --fresh: a new database on that server for this run, dropped afterwards (as in CI).
const fresh = process.argv.includes("--fresh") ? `zairyu_load_${crypto.randomBytes(4).toString("hex")}` : null;
const admin = async (sql: string) => {
  const c = new pg.Client({ connectionString: server });
  await c.connect();
  await c.query(sql);
  await c.end();
};
if (fresh) await admin(`CREATE DATABASE "${fresh}"`);
const url = fresh ? Object.assign(new URL(server), { pathname: `/${fresh}` }).toString() : server;
const serverJs = path.resolve(".next/standalone/server.js");
if (!fs.existsSync(serverJs)) throw new Error("build first: npm run build");

// The four residence procedures of 区分M (経営・管理), with answers that pass.
const ANSWERS: Record<string, FormValues> = {
  coe: managerCoeM,
  extension: managerExtensionM,
  change: { ...managerExtensionM, birthPlace: "上海", currentStatus: "技術・人文知識・国際業務" },
  acquisition: {
    ...managerExtensionM,
    birthPlace: "上海",
    acquisitionCause: "日本国籍の離脱",
    acquisitionCauseDate: "20261101",
  },
};
const CODES = Object.keys(ANSWERS);

const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(what: string, test: () => Promise<boolean>, seconds: number) {
  for (let i = 0; i < seconds * 2; i++) {
    if (await test()) return true;
    await sleep(500);
  }
  console.log(`     (gave up waiting after ${seconds} s: ${what})`);
  return false;
}

await prepareDatabase(url);
const prisma = createPrismaClient(url);
const uploads = fs.mkdtempSync(path.join(os.tmpdir(), "load-uploads-"));
const store = new LocalFileStore(uploads);
const pdf = Buffer.from(await (await PDFDocument.create()).addPage([200, 200]).doc.save());
const face = jpeg(300, 400);

// 50 staff members, each with an approved 利用申出.
const users: Awaited<ReturnType<typeof makeUser>>[] = [];
for (let i = 0; i < USERS; i++) {
  const user = await makeUser(prisma, { password: PASSWORD });
  const usage = await makeApplication(prisma, user.id, { procedureCode: "usage", status: "COMPLETED" });
  await prisma.usageApproval.create({
    data: {
      applicationId: usage.id,
      userId: user.id,
      approvedAt: new Date(),
      validUntil: new Date(Date.now() + 365 * 86_400_000),
    },
  });
  users.push(user);
}
const userIds = users.map((u) => u.id);

/** Each user's four drafts, filled and with their files, as if typed on the 申込 screens. */
async function seedDrafts() {
  for (const user of users)
    for (const code of CODES) {
      const def = formFor(code, ANSWERS[code].status)!;
      const values = normalize(def, ANSWERS[code]);
      await prisma.applicationDraft.upsert({
        where: { userId_procedureCode: { userId: user.id, procedureCode: code } },
        create: { userId: user.id, procedureCode: code, values },
        update: { values },
      });
      const rule = def.attachments!;
      for (const [name, bytes, kind] of [
        ["face.jpg", face, "PHOTO"],
        ["passport.pdf", pdf, "DOCUMENT"],
      ] as const)
        if (!(await addAttachment(prisma, store, { userId: user.id, procedureCode: code, rule, name, bytes, kind })).ok)
          throw new Error(`${name} refused for ${code}`);
      if (!draftSchema(def, { documents: 1, photo: true }).safeParse(values).success)
        throw new Error(`the ${code} answers do not pass`);
    }
}

// The app: the container's start command, with the mail and job workers fast.
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const smtpPort = await freePort();
const env = {
  ...process.env,
  NODE_ENV: "production" as const,
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: String(port),
  HOSTNAME: "127.0.0.1",
  DATABASE_URL: url,
  AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
  APP_BASE_URL: base,
  UPLOAD_DIR: uploads,
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  MAIL_POLL_MS: "500",
  JOB_POLL_MS: "500",
  RECEIPT_PROVISIONAL_DELAY_MS: "0",
  RECEIPT_DELAY_MS: "0",
  MAIL_THROTTLE_PER_CLIENT: "1000000",
};
let app: ChildProcess | undefined;
async function startApp() {
  app = spawn(process.execPath, [serverJs], { env, stdio: ["ignore", "ignore", "inherit"] });
  const up = await until(
    "the app to start",
    () =>
      fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      ),
    60,
  );
  if (!up) throw new Error("the app did not start");
}

/** The fields of the page's form that holds `field`, as a browser without JavaScript sends them. */
async function formOf(ctx: APIRequestContext, page: string, field: string) {
  const html = await (await ctx.get(page)).text();
  const form = [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)].find((f) => f[1].includes(`name="${field}"`));
  if (!form) throw new Error(`no form with ${field} on ${page}`);
  const decode = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const fields: Record<string, string> = {};
  for (const [tag] of form[1].matchAll(/<input\b[^>]*>/g)) {
    const name = tag.match(/\bname="([^"]*)"/)?.[1];
    if (name) fields[decode(name)] = decode(tag.match(/\bvalue="([^"]*)"/)?.[1] ?? "");
  }
  return fields;
}
const post = (ctx: APIRequestContext, page: string, fields: Record<string, string>) =>
  ctx.post(page, { multipart: fields, maxRedirects: 0, headers: { origin: base }, timeout: 180_000 });

type Sent = { ms: number; status: number; ref: string | null; error?: string; retried?: string };
// A browser sends a request again, once, when a kept-alive connection it reused is closed before any
// answer (the server closes idle ones after 5 s, and the two can cross); 申込む is safe to repeat.
const RESET = /socket hang up|ECONNRESET/;
async function submit(ctx: APIRequestContext, page: string, fields: Record<string, string>): Promise<Sent> {
  const t = performance.now();
  let retried: string | undefined;
  for (;;) {
    try {
      const res = await post(ctx, page, fields);
      // 申込完了 gives the 整理番号, 一括申請完了 the 一括申請番号.
      const ref = /complete\?(?:ref|no)=(\w+)/.exec(res.headers().location ?? "")?.[1] ?? null;
      return { ms: performance.now() - t, status: res.status(), ref, retried };
    } catch (e) {
      const error = String((e as Error).message).split("\n")[0];
      if (retried || !RESET.test(error)) return { ms: performance.now() - t, status: 0, ref: null, error, retried };
      retried = error;
    }
  }
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
function printLatency(what: string, sent: Sent[]) {
  const ms = sent.map((s) => s.ms).sort((a, b) => a - b);
  const failed = sent.filter((s) => !s.ref);
  const byStatus = new Map<string, number>();
  for (const s of failed) {
    const key = s.status ? String(s.status) : `no answer: ${s.error}`;
    byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
  }
  const errors = `${failed.length}${failed.length ? ` (${[...byStatus].map(([k, n]) => `${n} × ${k}`).join(", ")})` : ""}`;
  const retried = sent.filter((s) => s.retried);
  const again = retried.length
    ? `, sent again after a closed connection ${retried.length} (${retried[0].retried})`
    : "";
  console.log(
    `${what}: ${sent.length} requests, p50 ${pct(ms, 50).toFixed(0)} ms, p95 ${pct(ms, 95).toFixed(0)} ms, p99 ${pct(ms, 99).toFixed(0)} ms, max ${ms[ms.length - 1].toFixed(0)} ms, errors ${errors}${again}`,
  );
}

const applications = () =>
  prisma.application.findMany({
    where: { userId: { in: userIds }, procedureCode: { in: CODES }, bulkNo: null },
    select: { id: true, referenceNo: true, submissionKey: true, userId: true },
  });
// What this run made: the mails and jobs created from the first filing on.
const runStart = new Date();
const myMail = { createdAt: { gte: runStart } };
/** What the SMTP server received: messages, and distinct messages by Message-ID. */
function received() {
  const files = sink ? fs.readdirSync(sink.dir).map((f) => path.join(sink!.dir, f)) : [];
  const ids = new Set(files.map((f) => /^Message-ID: (.*)$/im.exec(fs.readFileSync(f, "latin1"))?.[1] ?? f));
  return { messages: files.length, distinct: ids.size };
}

/** Every filing of the drafts seeded last is either whole (mail, jobs, no draft) or not there. */
async function consistent(drafts: { id: string; userId: string }[]) {
  const filed = new Map((await applications()).map((a) => [a.submissionKey, a]));
  let whole = 0;
  let absent = 0;
  const broken: string[] = [];
  for (const d of drafts) {
    const a = filed.get(d.id);
    const draftLeft = await prisma.applicationDraft.count({ where: { id: d.id } });
    if (!a) {
      if (draftLeft === 1) absent++;
      else broken.push(`draft ${d.id} gone without an application`);
      continue;
    }
    const [mails, jobs, files] = await Promise.all([
      prisma.outboxMail.count({ where: { ...myMail, text: { contains: a.referenceNo } } }),
      prisma.job.count({ where: { key: { contains: a.id } } }),
      prisma.attachment.count({ where: { applicationId: a.id } }),
    ]);
    if (draftLeft || !mails || !jobs || files !== 2)
      broken.push(`${a.referenceNo}: draft ${draftLeft}, mails ${mails}, jobs ${jobs}, files ${files}`);
    else whole++;
  }
  return { whole, absent, broken };
}

/** The outbox drained: every mail of these users sent, and the SMTP server got each once. */
async function mailsOnce(seconds: number) {
  const t = performance.now();
  const before = received().messages;
  await until(
    "the outbox to drain",
    async () => (await prisma.outboxMail.count({ where: { ...myMail, status: { not: "SENT" } } })) === 0,
    seconds,
  );
  const sent = await prisma.outboxMail.count({ where: { ...myMail, status: "SENT" } });
  const pending = await prisma.outboxMail.count({ where: { ...myMail, status: { not: "SENT" } } });
  const got = received();
  const s = (performance.now() - t) / 1000;
  const n = got.messages - before;
  console.log(
    n
      ? `   mail: ${n} delivered in ${s.toFixed(0)} s (${(n / s).toFixed(0)} per second)`
      : "   mail: all delivered already, while the checks above ran",
  );
  // A mail whose sending a crash interrupted is handed over again with the same Message-ID, so
  // mail systems see one message: distinct Message-IDs are what must match.
  check(
    pending === 0 && got.distinct === sent,
    `mail: ${sent} sent, ${pending} not; the SMTP server received ${got.distinct} distinct messages (${got.messages - got.distinct} handed over again after the kill)`,
  );
}

let sink: { url: string; dir: string; stop: () => Promise<void> } | null = null;
try {
  // A: 200 filings at once, each sent twice, with SMTP down.
  await seedDrafts();
  await startApp();
  const contexts: APIRequestContext[] = [];
  for (const user of users) {
    const ctx = await request.newContext({ baseURL: base });
    const login = await formOf(ctx, "/ja/login", "loginId");
    const res = await post(ctx, "/ja/login", { ...login, loginId: user.loginId, password: PASSWORD });
    if (!/\/ja\/mypage$/.test(res.headers().location ?? "")) throw new Error(`login of ${user.loginId} failed`);
    contexts.push(ctx);
  }
  // Each user's 申込確認 pages, opened one after another (not measured).
  const forms = async () => {
    const found = [];
    for (const ctx of contexts)
      for (const code of CODES) {
        const page = `/ja/procedures/${code}/apply/confirm`;
        found.push({ ctx, page, fields: await formOf(ctx, page, "draftId") });
      }
    return found;
  };
  const formsA = await forms();
  const t = performance.now();
  const pairs = await Promise.all(
    formsA.map(async (f) => Promise.all([submit(f.ctx, f.page, f.fields), submit(f.ctx, f.page, f.fields)])),
  );
  console.log(`\nA. ${formsA.length} filings from ${USERS} users, each 申込む sent twice at once, SMTP down`);
  console.log(`   all answered in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  printLatency("   申込む", pairs.flat());
  const storedA = await applications();
  check(storedA.length === formsA.length, `${storedA.length} applications stored for ${formsA.length} filings`);
  check(new Set(storedA.map((a) => a.referenceNo)).size === storedA.length, "each with its own 整理番号");
  check(
    pairs.every(([a, b]) => a.ref && a.ref === b.ref),
    "each double submit answered with the same 整理番号 twice",
  );
  const waiting = await prisma.outboxMail.count({ where: { ...myMail, status: "PENDING" } });
  await until(
    "a delivery attempt to fail",
    async () => (await prisma.outboxMail.count({ where: { ...myMail, attempts: { gt: 0 } } })) > 0,
    30,
  );
  const tried = await prisma.outboxMail.count({ where: { ...myMail, status: "PENDING", attempts: { gt: 0 } } });
  check(waiting > 0 && tried > 0, `SMTP down: ${waiting} mails wait in the outbox, ${tried} tried and kept`);
  sink = await startSmtpSink({ port: smtpPort });
  console.log("   SMTP back");
  await mailsOnce(600);

  // B: 200 more, the server killed mid-way, started again, the users sending 申込む again.
  await seedDrafts();
  const drafts = await prisma.applicationDraft.findMany({
    where: { userId: { in: userIds }, procedureCode: { in: CODES } },
    select: { id: true, userId: true },
  });
  const formsB = await forms();
  // The first user's 一括申請 of 300 applicants, ready to file (every row checked, each with a photo).
  const bulkDef = templateFor("bulk-coe", "N")!.def;
  const csv = stringify([
    csvColumns(bulkDef).map((c) => c.header),
    ...Array.from({ length: 300 }, () => rowOf(bulkDef, normalize(bulkDef, engineerCoeN))),
  ]);
  const read = readBulkFile("bulk-coe", new TextEncoder().encode(csv));
  if (!read.ok || read.rows.some((r) => r.problems.length)) throw new Error("the bulk file does not read clean");
  const batch = await readyBatch(prisma, store, users[0].id, read.rows);
  const bulkPage = "/ja/procedures/bulk-coe/bulk/results";
  const bulkForm = await formOf(contexts[0], bulkPage, "draftId");
  const bulkFiled = async () => {
    const b = await prisma.bulkBatch.findUniqueOrThrow({ where: { id: batch.id } });
    const n = b.bulkNo ? await prisma.application.count({ where: { bulkNo: b.bulkNo } }) : 0;
    return { bulkNo: b.bulkNo, n };
  };
  console.log(`\nB. ${formsB.length} filings and a 一括申請 of 300, the server SIGKILLed while they are in flight`);
  const bulkInFlight = submit(contexts[0], bulkPage, bulkForm);
  const inFlight = formsB.map((f) => submit(f.ctx, f.page, f.fields));
  let answered = 0;
  for (const p of inFlight) void p.then(() => answered++);
  await until("a quarter of the filings to be answered", async () => answered >= formsB.length / 4, 60);
  app!.kill("SIGKILL");
  const beforeRestart = await Promise.all(inFlight);
  console.log(
    `   killed after ${beforeRestart.filter((s) => s.ref).length} answers; ${beforeRestart.filter((s) => !s.ref).length} got no answer`,
  );
  const bulkSent = await bulkInFlight;
  const bulkAfterKill = await bulkFiled();
  check(
    bulkAfterKill.bulkNo ? bulkAfterKill.n === 300 : bulkAfterKill.n === 0,
    `after the kill: the 一括申請 ${bulkAfterKill.bulkNo ? `filed whole (${bulkAfterKill.n} applications)` : "not filed, none of it stored"}${bulkSent.ref ? ", answered before the kill" : ", unanswered"}`,
  );
  const afterKill = await consistent(drafts);
  check(
    afterKill.broken.length === 0,
    `after the kill: ${afterKill.whole} filings whole, ${afterKill.absent} not there, ${afterKill.broken.length} half stored ${afterKill.broken.slice(0, 3).join("; ")}`,
  );
  await startApp();
  console.log("   restarted; each user sends 申込む again (the same page, as after a failed request)");
  const [bulkAgain, ...again] = await Promise.all([
    submit(contexts[0], bulkPage, bulkForm),
    ...formsB.map((f) => submit(f.ctx, f.page, f.fields)),
  ]);
  printLatency("   申込む again", again);
  const bulkFinal = await bulkFiled();
  check(
    !!bulkAgain.ref &&
      bulkAgain.ref === bulkFinal.bulkNo &&
      bulkFinal.n === 300 &&
      (!bulkSent.ref || bulkSent.ref === bulkAgain.ref),
    `the 一括申請 filed once: 一括申請番号 ${bulkFinal.bulkNo}, ${bulkFinal.n} applications`,
  );
  const all = await applications();
  check(
    all.length === formsA.length + formsB.length,
    `${all.length} applications for ${formsA.length + formsB.length} filings`,
  );
  check(new Set(all.map((a) => a.referenceNo)).size === all.length, "each with its own 整理番号");
  const answeredBoth = beforeRestart.filter((s) => s.ref);
  check(
    answeredBoth.every((s) => again[beforeRestart.indexOf(s)].ref === s.ref),
    "a filing answered before the kill keeps its 整理番号 when sent again",
  );
  const final = await consistent(drafts);
  check(final.whole === drafts.length, `${final.whole} of ${drafts.length} filings whole`);
  const myJobs = { createdAt: { gte: runStart } };
  await until(
    "the jobs to finish",
    async () => (await prisma.job.count({ where: { ...myJobs, status: { not: "DONE" } } })) === 0,
    180,
  );
  const jobs = await prisma.job.groupBy({ by: ["status"], _count: true, where: myJobs });
  check(
    jobs.every((j) => j.status === "DONE"),
    `jobs: ${jobs.map((j) => `${j._count} ${j.status}`).join(", ")}`,
  );
  await mailsOnce(600);
} finally {
  app?.kill("SIGTERM");
  await sink?.stop();
  await prisma.$disconnect();
  if (fresh) await admin(`DROP DATABASE IF EXISTS "${fresh}" WITH (FORCE)`);
  fs.rmSync(uploads, { recursive: true, force: true });
}
console.log(failures.length ? `\n${failures.length} check(s) failed` : "\nevery check passed");
process.exit(failures.length ? 1 : 0);
