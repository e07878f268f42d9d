import type { PrismaClient } from "./generated/prisma/client";
import { now } from "./clock";

/** A job still waiting this long after it was due means no worker or scheduler is running. */
export const JOB_LATE_MS = 10 * 60 * 1000;

/**
 * GET /api/health: 200 when the database answers, 503 otherwise; with it the job queue — jobs
 * due, jobs late (no worker is taking them), jobs given up (FAILED) — for the operator to watch.
 */
export async function checkHealth(prisma: PrismaClient, timeoutMs = 3000) {
  const started = Date.now();
  try {
    const [queue] = await Promise.race([
      prisma.$queryRaw<{ due: number; late: number; failed: number }[]>`
        SELECT count(*) FILTER (WHERE status = 'PENDING' AND "runAt" <= ${now()})::int AS due,
               count(*) FILTER (WHERE status = 'PENDING' AND "runAt" <= ${new Date(now().getTime() - JOB_LATE_MS)})::int AS late,
               count(*) FILTER (WHERE status = 'FAILED')::int AS failed
        FROM "Job"`,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs).unref?.()),
    ]);
    return {
      status: 200,
      body: { status: "ok", database: "up", latencyMs: Date.now() - started, jobs: queue },
    };
  } catch {
    return { status: 503, body: { status: "unavailable", database: "down" } };
  }
}
