import { db } from "../db/client";
import { kickMailDelivery } from "../mail/worker";
import { receiptJobs } from "../applications/receipt";
import { correctionJobs } from "../applications/correction";
import { coeJobs } from "../applications/coe";
import { approvalJobs } from "../applications/review";
import { runDueJobs, type JobHandler } from "./queue";
import { expireDrafts } from "../applications/draft-list";
import { fileStore } from "../files/storage";
import { expireLoadedFiles } from "../applications/saved-file";

/** Every kind of background job the service runs. */
export const jobHandlers: Record<string, JobHandler> = {
  ...receiptJobs,
  ...correctionJobs,
  ...coeJobs,
  ...approvalJobs,
};

const state = globalThis as unknown as { __jobWorker?: { running: boolean; timer?: NodeJS.Timeout } };

/** Runs the due jobs now (the poller and the scheduler endpoint both come here). */
export async function runJobsNow() {
  await expireDrafts(db(), fileStore());
  await expireLoadedFiles(db());
  const result = await runDueJobs(db(), jobHandlers);
  if (result.done) kickMailDelivery();
  return result;
}

async function tick() {
  const s = state.__jobWorker!;
  if (s.running) return;
  s.running = true;
  try {
    await runJobsNow();
  } catch (e) {
    console.error("jobs:", (e as Error).message);
  } finally {
    s.running = false;
  }
}

/**
 * Polls for due jobs in the server process (started from instrumentation.ts). Where nothing runs
 * between requests (Vercel), a scheduler calls /api/jobs/run instead.
 */
export function startJobWorker(intervalMs = Number(process.env.JOB_POLL_MS ?? 5000)) {
  if (state.__jobWorker || process.env.JOB_POLL_MS === "0") return;
  state.__jobWorker = { running: false };
  state.__jobWorker.timer = setInterval(tick, intervalMs);
  state.__jobWorker.timer.unref();
}
