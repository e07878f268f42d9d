import type { IncomingMessage, Server, ServerResponse } from "node:http";

// A path that is not valid percent-encoding (/api/attachments/%FF%FE) names nothing here. Next's
// router fails on it with a 500; the server process answers it first with a 400.

/** Whether the path (before any query) decodes as UTF-8 percent-encoding. */
export function decodablePath(url: string | undefined): boolean {
  try {
    decodeURIComponent((url ?? "/").split("?")[0]);
    return true;
  } catch {
    return false;
  }
}

const patched = new WeakSet<Server>();

/** Installed once per server process (instrumentation.ts), before the request reaches Next. */
export function refuseUndecodablePaths(serverPrototype: Server) {
  if (patched.has(serverPrototype)) return;
  patched.add(serverPrototype);
  const emit = serverPrototype.emit;
  serverPrototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request" && !decodablePath((args[0] as IncomingMessage).url)) {
      const res = args[1] as ServerResponse;
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
      res.end("400 このアドレスは読み取れません。 / This address cannot be read.\n");
      return true;
    }
    return emit.apply(this, [event, ...args] as Parameters<Server["emit"]>);
  } as Server["emit"];
}
