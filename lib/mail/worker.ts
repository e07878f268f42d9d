import { db } from "../db/client";
import { DELIVERY_BATCH, deliverDue } from "./deliver";

const state = globalThis as unknown as { __mailWorker?: { running: boolean; timer?: NodeJS.Timeout } };

async function tick() {
  const s = state.__mailWorker!;
  if (s.running) return;
  s.running = true;
  try {
    // A full batch means more are due: go on at once rather than at the next poll.
    while (true) {
      const { sent, failed } = await deliverDue(db());
      if (sent + failed < DELIVERY_BATCH || failed > 0) break;
    }
  } catch (e) {
    console.error("mail delivery:", (e as Error).message);
  } finally {
    s.running = false;
  }
}

/** Polls the outbox in the server process (started from instrumentation.ts). */
export function startMailWorker(intervalMs = Number(process.env.MAIL_POLL_MS ?? 3000)) {
  if (state.__mailWorker) return;
  state.__mailWorker = { running: false };
  state.__mailWorker.timer = setInterval(tick, intervalMs);
  state.__mailWorker.timer.unref();
}

/** Delivers right after a commit instead of waiting for the next poll; never blocks the caller. */
export function kickMailDelivery() {
  if (!state.__mailWorker) startMailWorker();
  setImmediate(tick);
}
