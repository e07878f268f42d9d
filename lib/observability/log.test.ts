import { test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { loggedPath, logRequests } from "./log";

class LoggedServer extends http.Server {}

test("one JSON line per request, with the id the response carries, and no query or mailed token", async () => {
  const lines: string[] = [];
  logRequests(LoggedServer.prototype, (l) => lines.push(l));
  logRequests(LoggedServer.prototype, (l) => lines.push(l)); // installed twice: still one line each
  const server = new LoggedServer((req, res) => {
    res.statusCode = req.url?.startsWith("/missing") ? 404 : 200;
    res.end(String(req.headers["x-request-id"]));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const r1 = await fetch(`${base}/ja/reset-password/0123456789abcdef0123?name=NGUYEN%20VAN%20AN`);
    const id = r1.headers.get("x-request-id")!;
    assert.equal(await r1.text(), id, "the app sees the same id");
    const r2 = await fetch(`${base}/missing/page`, { headers: { "x-request-id": "lb-7f3a9c21" } });
    assert.equal(r2.headers.get("x-request-id"), "lb-7f3a9c21", "a load balancer's id is kept");
    await r2.text();
    const forged = await fetch(`${base}/ja`, { headers: { "x-request-id": "bad id\twith tabs" } });
    assert.match(forged.headers.get("x-request-id")!, /^[0-9a-f-]{36}$/);
    await forged.text();
    await new Promise((r) => setTimeout(r, 50));
    const logged = lines.map((l) => JSON.parse(l));
    assert.equal(logged.length, 3);
    assert.deepEqual(
      logged.map((l) => [l.type, l.requestId === id || l.requestId, l.method, l.path, l.status]),
      [
        ["request", true, "GET", "/ja/reset-password/:token", 200],
        ["request", "lb-7f3a9c21", "GET", "/missing/page", 404],
        ["request", forged.headers.get("x-request-id"), "GET", "/ja", 200],
      ],
    );
    assert.ok(logged.every((l) => typeof l.ms === "number" && !Number.isNaN(Date.parse(l.time))));
    assert.ok(!lines.join().includes("NGUYEN") && !lines.join().includes("0123456789abcdef"));
  } finally {
    server.close();
  }
});

test("logged paths: the query never, the token of a registration link never", () => {
  assert.equal(loggedPath("/en/register/abc.def-123?x=1"), "/en/register/:token");
  assert.equal(loggedPath("/ja/applications?q=TRAN"), "/ja/applications");
  assert.equal(loggedPath(undefined), "/");
});
