import type { Prisma } from "../generated/prisma/client";
import { now } from "../clock";
import { enqueueMail } from "../mail/outbox";
import { appUrl, mailLocale } from "../accounts/links";
import { procedureName } from "../procedures/search";
import { enqueueJob, type JobHandler } from "../jobs/queue";
import { newReferenceNo } from "./numbers";

// After 申込む (§4.2.4): a 受付仮番号 mail shortly after, then, when the office has taken the
// application in (the next day), the 申請受付番号 mail, with 処理状況 moving 処理待ち → 申請完了.
// Both go to the staff member and to the application's 通知送信用メールアドレス.

/** Delays, configurable so tests run them at once. The 受付番号 comes the next morning by default. */
function provisionalDelayMs() {
  return Number(process.env.RECEIPT_PROVISIONAL_DELAY_MS ?? 60_000);
}
export function receiptAt(from: Date): Date {
  if (process.env.RECEIPT_DELAY_MS !== undefined)
    return new Date(from.getTime() + Number(process.env.RECEIPT_DELAY_MS));
  // 09:00 in Japan (UTC+9) on the next day.
  const jst = new Date(from.getTime() + 9 * 3_600_000);
  return new Date(Date.UTC(jst.getUTCFullYear(), jst.getUTCMonth(), jst.getUTCDate() + 1, 0, 0));
}

/** Called in the 申込む transaction of a residence application. */
export async function scheduleReceipt(tx: Prisma.TransactionClient, applicationId: string) {
  await scheduleReceipts(tx, [applicationId]);
}

/** The 受付仮番号 jobs of many applications in one write. */
export async function scheduleReceipts(tx: Prisma.TransactionClient, applicationIds: string[]) {
  const runAt = new Date(now().getTime() + provisionalDelayMs());
  await tx.job.createMany({
    data: applicationIds.map((id) => ({
      kind: "provisionalReceipt",
      key: `provisionalReceipt:${id}`,
      payload: { applicationId: id },
      runAt,
    })),
    skipDuplicates: true,
  });
}

type Tx = Prisma.TransactionClient;

async function load(tx: Tx, payload: Prisma.JsonValue) {
  const id = (payload as { applicationId?: unknown } | null)?.applicationId;
  if (typeof id !== "string") throw new Error("job without an application");
  const app = await tx.application.findUnique({ where: { id }, include: { user: true, parent: true } });
  if (!app) throw new Error(`application ${id} not found`);
  const l = mailLocale(app.user.locale);
  return { app, l, to: recipients(app), procedure: procedureName(app.procedureCode, l) };
}

/**
 * Who hears about an application: the staff member, then its 通知送信用メールアドレス (a 同時申請
 * uses the address given on the application it was filed with), each once.
 */
export function recipients(app: { user: { email: string }; values: unknown; parent?: { values: unknown } | null }) {
  const values = (app.parent ?? app).values as Record<string, unknown>;
  const notify = typeof values.notifyEmail === "string" ? values.notifyEmail : "";
  return [...new Set([app.user.email, notify].filter(Boolean))];
}

/** A number that is not used yet for this column (12 digits, like the 整理番号). */
async function freeNumber(tx: Tx, column: "provisionalNo" | "receiptNo") {
  for (let i = 0; i < 5; i++) {
    const n = newReferenceNo();
    if (!(await tx.application.findFirst({ where: { [column]: n }, select: { id: true } }))) return n;
  }
  throw new Error(`could not allocate a ${column}`);
}

const provisionalReceipt: JobHandler = async (tx, payload) => {
  const { app, l, to, procedure } = await load(tx, payload);
  if (app.provisionalNo) return;
  const provisionalNo = await freeNumber(tx, "provisionalNo");
  await tx.application.update({ where: { id: app.id }, data: { provisionalNo } });
  for (const address of to)
    await enqueueMail(
      tx,
      address,
      { kind: "provisionalReceipt", procedure, referenceNo: app.referenceNo, provisionalNo },
      l,
    );
  await enqueueJob(tx, "receipt", `receipt:${app.id}`, { applicationId: app.id }, receiptAt(now()));
};

const receipt: JobHandler = async (tx, payload) => {
  const { app, l, to, procedure } = await load(tx, payload);
  // Withdrawn or already decided meanwhile: nothing to receive.
  if (app.receiptNo || app.status !== "WAITING") return;
  const receiptNo = await freeNumber(tx, "receiptNo");
  const at = now();
  await tx.application.update({ where: { id: app.id }, data: { receiptNo, status: "SUBMITTED" } });
  await tx.applicationEvent.create({ data: { applicationId: app.id, status: "SUBMITTED", at } });
  for (const address of to)
    await enqueueMail(
      tx,
      address,
      {
        kind: "applicationReceived",
        procedure,
        referenceNo: app.referenceNo,
        receiptNo,
        url: appUrl(`/${l}/applications`),
        report: app.procedureCode === "periodic-report" || undefined,
      },
      l,
    );
};

export const receiptJobs: Record<string, JobHandler> = { provisionalReceipt, receipt };
