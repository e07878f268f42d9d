import { randomUUID } from "node:crypto";
import type { IncomingMessage, Server, ServerResponse } from "node:http";

// Operations logs: one JSON line per request and per background job, with a request id that the
// response carries back (X-Request-Id). No personal data and no secrets: the path only, without its
// query (searches hold names), and the mailed-link tokens in it replaced.

export type LogFields = Record<string, string | number | boolean | null | undefined>;
export type LogWrite = (line: string) => void;

const stdout: LogWrite = (line) => process.stdout.write(`${line}\n`);

export function logLine(fields: LogFields, write: LogWrite = stdout) {
  write(JSON.stringify({ time: new Date().toISOString(), ...fields }));
}

/** The path as logged: no query, and a mailed link's token (登録・パスワード再設定) as ":token". */
export function loggedPath(url: string | undefined): string {
  const path = (url ?? "/").split("?")[0].slice(0, 300);
  return path.replace(/^(\/[^/]+\/(?:register|reset-password)\/)[^/]+/, "$1:token");
}

const GIVEN_ID = /^[A-Za-z0-9._-]{8,64}$/;
const patched = new WeakSet<Server>();

/** Installed once per server process (instrumentation.ts), beside the client-address stamp. */
export function logRequests(serverPrototype: Server, write: LogWrite = stdout) {
  if (patched.has(serverPrototype)) return;
  patched.add(serverPrototype);
  const emit = serverPrototype.emit;
  serverPrototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as IncomingMessage;
      const res = args[1] as ServerResponse;
      const given = req.headers["x-request-id"];
      // A load balancer's id is kept, so one request can be followed through both logs.
      const id = typeof given === "string" && GIVEN_ID.test(given) ? given : randomUUID();
      req.headers["x-request-id"] = id;
      res.setHeader("X-Request-Id", id);
      const started = process.hrtime.bigint();
      const path = loggedPath(req.url);
      if (!path.startsWith("/_next/static/"))
        res.once("close", () =>
          logLine(
            {
              type: "request",
              requestId: id,
              method: req.method,
              path,
              status: res.statusCode,
              ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
              aborted: !res.writableFinished || undefined,
            },
            write,
          ),
        );
    }
    return emit.apply(this, [event, ...args] as Parameters<Server["emit"]>);
  } as Server["emit"];
}
