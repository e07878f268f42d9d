import { timingSafeEqual } from "node:crypto";
import { runJobsNow } from "@/lib/jobs/worker";
import { deliverDue } from "@/lib/mail/deliver";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** The scheduler's secret, compared in constant time; without CRON_SECRET the endpoint does not exist. */
function authorized(request: Request): boolean | null {
  const secret = process.env.CRON_SECRET;
  if (!secret) return null;
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Runs due background jobs and sends due mails, for hosts where nothing runs between requests
 * (Vercel Cron calls it with GET and `Authorization: Bearer $CRON_SECRET`).
 */
async function run(request: Request) {
  const ok = authorized(request);
  if (ok === null) return new Response(null, { status: 404 });
  if (!ok) return Response.json({ reason: "unauthorized" }, { status: 401 });
  const jobs = await runJobsNow();
  const mail = await deliverDue(db());
  return Response.json({ jobs, mail }, { headers: { "Cache-Control": "no-store" } });
}

export const GET = run;
export const POST = run;
