import { db } from "./client";

// A database outage, as requests meet it. Next.js answers a page whose data cannot load with an
// empty error shell that only JavaScript fills; once a request has met the outage, proxy.ts (which
// runs before rendering, in the same process) answers the pages with a server-rendered 503 until
// the database answers again. Kept on globalThis: the proxy and the pages are separate bundles.

const KEY = Symbol.for("zairyu.databaseOutage");
type Outage = { since: number | null; checkedAt: number; answers: boolean };
const state = ((globalThis as Record<symbol, Outage>)[KEY] ??= { since: null, checkedAt: 0, answers: true });

/** Whether an error (Prisma's, the driver's, or one they wrap) says the database cannot be reached. */
export function isDatabaseUnreachable(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== "object" || depth > 4) return false;
  const { code, message, cause, meta } = e as { code?: unknown; message?: unknown; cause?: unknown; meta?: unknown };
  if (code === "P1001" || code === "P1002" || code === "P1017" || code === "ECONNREFUSED") return true;
  if (typeof message === "string" && /DatabaseNotReachable|ECONNREFUSED|Connection terminated/.test(message))
    return true;
  const adapterError = (meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
  return isDatabaseUnreachable(cause, depth + 1) || isDatabaseUnreachable(adapterError, depth + 1);
}

/** instrumentation.ts's onRequestError: remembers an outage a request met. */
export function noteRequestError(e: unknown) {
  if (isDatabaseUnreachable(e) && state.since === null) {
    state.since = Date.now();
    state.checkedAt = 0;
  }
}

const PROBE_EVERY_MS = 1000;

/** During an outage, whether the database still does not answer (asked at most once a second). */
export async function databaseStillDown(probe: () => Promise<unknown> = () => db().$queryRaw`SELECT 1`) {
  if (state.since === null) return false;
  if (Date.now() - state.checkedAt >= PROBE_EVERY_MS) {
    state.checkedAt = Date.now();
    state.answers = await Promise.race([
      probe().then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), PROBE_EVERY_MS).unref?.()),
    ]);
    if (state.answers) state.since = null;
  }
  return state.since !== null;
}
