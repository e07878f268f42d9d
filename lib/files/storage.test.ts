import { test } from "node:test";
import assert from "node:assert/strict";
import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import { createFileStore, LocalFileStore, UploadThingFileStore } from "./storage";

const token = Buffer.from(
  JSON.stringify({ apiKey: "sk_live_test0000000000000000000000000000", appId: "testapp", regions: ["sea1"] }),
).toString("base64");

test("local disk by default, UploadThing when UPLOADTHING_TOKEN is set", () => {
  assert.ok(createFileStore({ UPLOAD_DIR: "/tmp/x" } as unknown as NodeJS.ProcessEnv) instanceof LocalFileStore);
  assert.equal(createFileStore({ UPLOADTHING_TOKEN: token } as unknown as NodeJS.ProcessEnv).kind, "uploadthing");
});

test("local store: round trip, keys cannot leave its folder", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "store-"));
  const store = new LocalFileStore(dir);
  const key = await store.put(new Uint8Array([1, 2, 3]));
  assert.deepEqual([...(await store.get(key))!], [1, 2, 3]);
  assert.equal(await store.get("../../etc/passwd"), null);
  await store.remove(key);
  assert.equal(await store.get(key), null);
  fs.rmSync(dir, { recursive: true });
});

// UploadThing cannot be reached from here: check the request our store makes, through UTApi's own
// fetch hook, and that a failed upload is an error rather than a silently missing file.
test("UploadThing store: uploads through UTApi with our key, private, and fails loudly", async () => {
  const calls: { url: string; method: string }[] = [];
  const fakeFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(input, init);
    calls.push({ url: req.url, method: req.method });
    return new Response(JSON.stringify({ error: "unreachable in test" }), {
      status: 503,
      headers: { "content-type": "application/json" },
    });
  }) as typeof fetch;
  const store = new UploadThingFileStore(token, fakeFetch);
  await assert.rejects(store.put(new Uint8Array([37, 80, 68, 70]), "doc.pdf", "application/pdf"));
  assert.ok(calls.length > 0, "UTApi made no request");
  // A URL signed locally with our key, sent straight to the region's ingest server.
  const url = new URL(calls[0].url);
  assert.equal(calls[0].method, "PUT");
  assert.equal(url.host, "sea1.ingest.uploadthing.com");
  assert.equal(url.searchParams.get("x-ut-identifier"), "testapp");
  assert.equal(url.searchParams.get("x-ut-acl"), "private");
  assert.equal(url.searchParams.get("x-ut-file-name"), "doc.pdf");
  assert.match(url.searchParams.get("signature") ?? "", /^hmac-sha256=[0-9a-f]{64}$/);
});
