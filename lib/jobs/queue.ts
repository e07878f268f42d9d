import { logLine } from "../observability/log";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { now } from "../clock";

// A small durable job queue in the application's own database. Libraries such as pg-boss or
// graphile-worker need several connections and LISTEN/NOTIFY; the embedded PGlite is one session
// behind a socket, so the queue is kept as simple rows claimed with a lease (like the mail outbox).

type Tx = Prisma.TransactionClient | PrismaClient;

export const JOB_MAX_ATTEMPTS = 8;
const LEASE_MS = 60_000;

/** Retry after 30 s, 1, 2, 4 … minutes, at most one hour apart. */
export const jobBackoffMs = (attempts: number) => Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);

/** Adds a job in the caller's transaction; the same key twice keeps the first (run once). */
export async function enqueueJob(tx: Tx, kind: string, key: string, payload: Prisma.InputJsonValue, runAt: Date) {
  await tx.job.createMany({ data: [{ kind, key, payload, runAt }], skipDuplicates: true });
}

/** A job's work: it runs inside the transaction that marks the job done, so its effects happen once. */
export type JobHandler = (tx: Prisma.TransactionClient, payload: Prisma.JsonValue) => Promise<void>;

/**
 * Runs the due jobs once each. A job is claimed with a lease, so two instances (or a scheduler call
 * and the in-process poller) never run it together; a failure is recorded and retried with backoff
 * until JOB_MAX_ATTEMPTS, then kept as FAILED for a person to look at.
 */
export async function runDueJobs(
  prisma: PrismaClient,
  handlers: Record<string, JobHandler>,
  limit = 20,
): Promise<{ done: number; failed: number }> {
  const due = await prisma.job.findMany({
    where: { status: "PENDING", runAt: { lte: now() } },
    orderBy: { runAt: "asc" },
    take: limit,
  });
  let done = 0;
  let failed = 0;
  for (const job of due) {
    const claimed = await prisma.job.updateMany({
      where: { id: job.id, status: "PENDING", runAt: job.runAt },
      data: { runAt: new Date(now().getTime() + LEASE_MS) },
    });
    if (claimed.count !== 1) continue;
    const started = Date.now();
    const log = (outcome: string, attempts: number) =>
      logLine({ type: "job", jobId: job.id, kind: job.kind, outcome, attempts, ms: Date.now() - started });
    try {
      const handler = handlers[job.kind];
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await prisma.$transaction(async (tx) => {
        await handler(tx, job.payload);
        await tx.job.update({
          where: { id: job.id },
          data: { status: "DONE", doneAt: now(), attempts: { increment: 1 }, lastError: null },
        });
      });
      done++;
      log("done", job.attempts + 1);
    } catch (e) {
      const attempts = job.attempts + 1;
      await prisma.job.update({
        where: { id: job.id },
        data: {
          attempts,
          lastError: String((e as Error)?.message ?? e).slice(0, 500),
          status: attempts >= JOB_MAX_ATTEMPTS ? "FAILED" : "PENDING",
          runAt: new Date(now().getTime() + jobBackoffMs(attempts)),
        },
      });
      failed++;
      // The error's text stays in the database (lastError): it may name an address or a person.
      log(attempts >= JOB_MAX_ATTEMPTS ? "failed" : "retry", attempts);
    }
  }
  return { done, failed };
}
