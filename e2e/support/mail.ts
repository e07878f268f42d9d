import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";

export type Mail = { to: string; subject: string; text: string };

/** Waits for a mail to `to` whose subject matches, as delivered to the test SMTP server. */
export async function waitForMail(
  to: string,
  subject: RegExp,
  { timeoutMs = 15_000, after = 0, containing = "" } = {},
): Promise<Mail> {
  const dir = process.env.MAILBOX_DIR!;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.includes(to.replace(/[^a-zA-Z0-9@._-]/g, "_")))
      .sort();
    for (const f of files) {
      const p = path.join(dir, f);
      if (fs.statSync(p).mtimeMs < after) continue;
      const m = await simpleParser(fs.readFileSync(p));
      if (subject.test(m.subject ?? "") && (m.text ?? "").includes(containing))
        return { to, subject: m.subject ?? "", text: m.text ?? "" };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no mail to ${to} matching ${subject} within ${timeoutMs} ms`);
}

export function linkIn(mail: Mail): string {
  const m = /https?:\/\/\S+/.exec(mail.text);
  if (!m) throw new Error(`no link in mail "${mail.subject}"`);
  return m[0];
}

export const uniqueEmail = (tag: string) => `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
