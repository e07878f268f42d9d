// A real SMTP server on loopback for the tests: every message it accepts is written as an .eml
// file, which the e2e tests read (mailparser) to follow the links the app mailed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { freePort } from "./embedded-db.mjs";

/** `port`: a given loopback port (a test that starts it late, as an SMTP server coming back). */
export async function startSmtpSink({ port: wanted } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zairyu-mail-"));
  let n = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on("data", (c) => chunks.push(c));
      stream.on("end", () => {
        const to = session.envelope.rcptTo.map((r) => r.address).join(",");
        fs.writeFileSync(
          path.join(dir, `${String(++n).padStart(5, "0")}-${to.replace(/[^a-zA-Z0-9@._-]/g, "_")}.eml`),
          Buffer.concat(chunks),
        );
        callback();
      });
    },
  });
  const port = wanted ?? (await freePort());
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    dir,
    stop: () =>
      new Promise((resolve) =>
        server.close(() => {
          fs.rmSync(dir, { recursive: true, force: true });
          resolve();
        }),
      ),
  };
}
