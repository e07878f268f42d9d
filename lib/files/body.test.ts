import { test } from "node:test";
import assert from "node:assert/strict";
import { readBodyLimited, readFormLimited } from "./body";

/** An endless chunked body that counts how much of it was pulled. */
function endless(chunk = 64 * 1024) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(c) {
      state.pulled += chunk;
      c.enqueue(new Uint8Array(chunk));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

test("a body over the limit is refused after reading just past the limit, and the stream is cancelled", async () => {
  const { stream, state } = endless();
  assert.equal(await readBodyLimited(stream, 1024 * 1024), "tooLarge");
  assert.ok(state.pulled <= 1024 * 1024 + 3 * 64 * 1024, `pulled ${state.pulled}`);
  assert.ok(state.cancelled);
});

test("a body within the limit is read whole, and a multipart form parses", async () => {
  const form = new FormData();
  form.set("procedure", "usage");
  form.set("file", new File([new Uint8Array(5000)], "a.pdf", { type: "application/pdf" }));
  const request = new Request("http://x/api/uploads", { method: "POST", body: form });
  const parsed = await readFormLimited(request, 10_000);
  assert.ok(parsed instanceof FormData);
  assert.equal((parsed.get("file") as File).size, 5000);
  assert.equal(parsed.get("procedure"), "usage");
  assert.equal(await readFormLimited(new Request("http://x", { method: "POST", body: form }), 1000), "tooLarge");
  assert.equal(
    await readFormLimited(
      new Request("http://x", {
        method: "POST",
        body: "not a form",
        headers: { "content-type": "multipart/form-data; boundary=x" },
      }),
      1000,
    ),
    null,
  );
});
