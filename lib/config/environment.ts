import { z } from "zod";

// The settings a production server reads, checked once when it starts: a missing or malformed
// one stops the start with its name and what it must be, instead of failing on the first request
// that needs it. The local demo (`npm start`) and the tests supply their own values.

const count = z.string().regex(/^\d+$/, "a whole number (0 or more)");
const url = (schemes: string[]) =>
  z.string().refine(
    (v) => {
      try {
        return schemes.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    `a URL starting with ${schemes.map((s) => `${s}//`).join(" or ")}`,
  );

const always = z.object({
  DATABASE_URL: url(["postgres:", "postgresql:"]),
  AUTH_SECRET: z.string().min(32, "at least 32 characters (e.g. `openssl rand -base64 32`)"),
  APP_BASE_URL: url(["http:", "https:"]).optional(),
  SMTP_URL: url(["smtp:", "smtps:"]).optional(),
  CRON_SECRET: z.string().min(16, "at least 16 characters").optional(),
  ...Object.fromEntries(
    [
      "PORT",
      "JOB_POLL_MS",
      "MAIL_POLL_MS",
      "TRUST_PROXY_HOPS",
      "SESSION_IDLE_SECONDS",
      "SESSION_WARNING_SECONDS",
      "MAIL_THROTTLE_PER_ADDRESS",
      "MAIL_THROTTLE_PER_CLIENT",
      "RECEIPT_PROVISIONAL_DELAY_MS",
      "RECEIPT_DELAY_MS",
      "DRAFT_TTL_DAYS",
      "APPROVAL_REMINDER_DAYS",
      "DATABASE_POOL_MAX",
    ].map((name) => [name, count.optional()]),
  ),
});

// Vercel's functions have no lasting disk and no long-running process: mail, files and the job
// scheduler must be the hosted kinds.
const onVercel = z.object({
  APP_BASE_URL: url(["https:"]),
  SMTP_URL: url(["smtp:", "smtps:"]),
  UPLOADTHING_TOKEN: z.string().min(1, "the UploadThing token (files cannot be kept on Vercel's disk)"),
  CRON_SECRET: z.string().min(16, "at least 16 characters (the scheduler calls /api/jobs/run with it)"),
});

/** What is wrong with the environment for a production server, one line per setting. */
export function environmentProblems(env: Record<string, string | undefined>): string[] {
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const schemas = env.VERCEL ? [always, onVercel] : [always];
  const problems = new Map<string, string>();
  for (const schema of schemas) {
    const r = schema.safeParse(set);
    if (r.success) continue;
    for (const issue of r.error.issues) {
      const name = String(issue.path[0]);
      if (!problems.has(name))
        problems.set(name, issue.code === "invalid_type" ? "is not set" : `must be ${issue.message}`);
    }
  }
  return [...problems].map(([name, what]) => `${name} ${what}`);
}
