import { test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { decodablePath, refuseUndecodablePaths } from "./paths";

class GuardedServer extends http.Server {}

test("a path that is not valid percent-encoding is answered 400 before the app sees it", async () => {
  refuseUndecodablePaths(GuardedServer.prototype);
  const seen: string[] = [];
  const server = new GuardedServer((req, res) => {
    seen.push(req.url!);
    res.end("app");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const bad = await fetch(`${base}/api/attachments/%FF%FE`);
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /This address cannot be read/);
    const good = await fetch(`${base}/ja/notices/%E3%81%82?q=%FF`);
    assert.equal(good.status, 200);
    await good.text();
    assert.deepEqual(
      seen,
      ["/ja/notices/%E3%81%82?q=%FF"],
      "a bad query is the app's to read; a bad path never gets there",
    );
  } finally {
    server.close();
  }
});

test("decodable paths: UTF-8 escapes and plain text pass; broken escapes and lone surrogates do not", () => {
  assert.equal(decodablePath("/ja/%E4%BA%BA"), true);
  assert.equal(decodablePath("/ja/100%"), false);
  assert.equal(decodablePath("/ja/%ED%A0%80"), false);
  assert.equal(decodablePath(undefined), true);
});
