import { test } from "node:test";
import assert from "node:assert/strict";
import { resolveClientAddress, trustProxyHops } from "./client-address";

test("without trusted proxies the socket's address counts, whatever X-Forwarded-For says", () => {
  assert.equal(resolveClientAddress("203.0.113.7", undefined, 0), "203.0.113.7");
  assert.equal(resolveClientAddress("203.0.113.7", "1.2.3.4", 0), "203.0.113.7");
  assert.equal(resolveClientAddress("::ffff:127.0.0.1", "9.9.9.9, 8.8.8.8", 0), "127.0.0.1");
});

test("with N trusted hops the address the Nth proxy saw counts, not what the client wrote", () => {
  // Client forged "1.2.3.4"; the one proxy appended the real client 198.51.100.2.
  assert.equal(resolveClientAddress("10.0.0.5", "1.2.3.4, 198.51.100.2", 1), "198.51.100.2");
  assert.equal(resolveClientAddress("10.0.0.5", "1.2.3.4, 198.51.100.2, 10.0.0.9", 2), "198.51.100.2");
  // Fewer entries than hops: the leftmost is all there is.
  assert.equal(resolveClientAddress("10.0.0.5", undefined, 2), "10.0.0.5");
  // Headers only (no socket): the nearest proxy's entry is the last one.
  assert.equal(resolveClientAddress(undefined, "1.2.3.4, 198.51.100.2", 1), "198.51.100.2");
  assert.equal(resolveClientAddress(undefined, undefined, 0), "unknown");
});

test("TRUST_PROXY_HOPS accepts small whole numbers only", () => {
  assert.equal(trustProxyHops(undefined), 0);
  assert.equal(trustProxyHops("2"), 2);
  for (const bad of ["-1", "1.5", "x", "99"]) assert.equal(trustProxyHops(bad), 0, bad);
});
