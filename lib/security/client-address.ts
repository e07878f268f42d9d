import { randomBytes } from "node:crypto";
import type { IncomingMessage, Server } from "node:http";

// The per-IP login limit and the mail throttles need the client's address. Next.js gives route
// code only headers, and fills X-Forwarded-For from the socket only when the client sent none, so
// that header alone can be forged. The server process therefore stamps every request with the
// address it resolved from the socket itself; the stamp carries a per-process token, so a client
// cannot send one of its own.
const HEADER = "x-zairyu-client-address";
const state = globalThis as unknown as { __clientAddressToken?: string };

/** How many proxies in front of the app append to X-Forwarded-For and are trusted (default 0). */
export function trustProxyHops(value = process.env.TRUST_PROXY_HOPS): number {
  const n = Number(value ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0;
}

const unmap = (a: string) => a.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");

/**
 * With no trusted proxy the socket's peer is the client. Each trusted proxy appended the address it
 * saw to X-Forwarded-For, so with N hops the client is the Nth entry from the right of
 * [...forwarded, peer]; entries further left were written by the client and are ignored.
 */
export function resolveClientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | null | undefined,
  hops: number,
): string {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map(unmap)
    .filter(Boolean);
  // Without the socket (a platform that gives us headers only), its place is the nearest proxy's.
  const chain = [...forwarded, peer ? unmap(peer) : ""];
  const i = chain.length - 1 - hops;
  return (i >= 0 ? chain[i] : chain[0]) || "unknown";
}

/** Installed once per server process (instrumentation.ts): stamps each request before Next sees it. */
export function stampClientAddresses(serverPrototype: Server, hops = trustProxyHops()) {
  if (state.__clientAddressToken) return;
  const token = randomBytes(16).toString("hex");
  state.__clientAddressToken = token;
  const emit = serverPrototype.emit;
  serverPrototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as IncomingMessage;
      req.headers[HEADER] =
        `${token} ${resolveClientAddress(req.socket?.remoteAddress, req.headers["x-forwarded-for"], hops)}`;
    }
    return emit.apply(this, [event, ...args] as Parameters<Server["emit"]>);
  } as Server["emit"];
}

/** The client's address for this request's headers; "unknown" when it cannot be known. */
export function clientAddress(headers: Headers): string {
  const token = state.__clientAddressToken;
  const stamped = headers.get(HEADER);
  if (token && stamped?.startsWith(`${token} `)) return stamped.slice(token.length + 1);
  const hops = trustProxyHops();
  return hops > 0 ? resolveClientAddress(undefined, headers.get("x-forwarded-for"), hops) : "unknown";
}
