import { test, expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { withDb } from "./support/db";
import { approvedStaff } from "./support/residence";

// A bad-input corpus sent straight to the routes and to a server action (issue 14): each is
// answered with a 4xx (a 2xx where the input is simply not found or ignored), never a 5xx, never a
// stack trace, and nothing is stored.

const LONG = "x".repeat(20_000);
const ODD_IDS = [
  "no-such-id",
  LONG.slice(0, 5_000),
  "%00",
  "..%2F..%2Fetc%2Fpasswd",
  "'%20OR%201%3D1%20--",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "%F0%9F%98%80",
  "%FF%FE",
  "%E2%80%AE",
];

/** No server error and nothing of the failure shown. */
async function expectRefusedCleanly(res: APIResponse, what: string) {
  expect(res.status(), what).toBeLessThan(500);
  const body = await res.text();
  expect(body, what).not.toMatch(/\bat [\w.<>]+ \(|PrismaClient|node_modules|ECONNREFUSED|Invalid `prisma/);
}

// Rows of the corpus user only: the other worker files at the same time. Nothing can be stored
// without a session, since every one of these rows has an owner.
const counts = (userId: string) =>
  withDb(async (db) => {
    const n = async (table: string, owner = "userId") =>
      Number((await db.query(`SELECT count(*) FROM "${table}" WHERE "${owner}" = $1`, [userId])).rows[0].count);
    return {
      applications: await n("Application"),
      attachments: await n("Attachment", "ownerId"),
      drafts: await n("ApplicationDraft"),
      batches: await n("BulkBatch"),
      loaded: await n("LoadedFile"),
    };
  });

async function sendAll(request: APIRequestContext) {
  for (const id of ODD_IDS) {
    for (const path of [
      `/api/applications/${id}/pdf`,
      `/api/attachments/${id}`,
      `/api/receipts/${id}/pdf`,
      `/api/procedures/${id}/statuses`,
      `/api/procedures/${id}/bulk-template?template=N`,
      `/ja/applications/${id}`,
      `/ja/procedures/${id}/apply`,
      `/ja/procedures/coe/bulk/rows/${id}`,
    ])
      await expectRefusedCleanly(await request.get(path), `GET ${path.slice(0, 80)}`);
    await expectRefusedCleanly(await request.delete(`/api/uploads/${id}`), `DELETE /api/uploads/${id.slice(0, 40)}`);
  }
  for (const query of [
    `template=${LONG}`,
    "template=N&encoding=%00",
    "template=N&encoding=utf-16",
    "template[]=N&encoding[]=utf-8",
  ])
    await expectRefusedCleanly(
      await request.get(`/api/procedures/bulk-coe/bulk-template?${query}`),
      `bulk-template ?${query.slice(0, 40)}`,
    );
  // Bodies: malformed multipart, the wrong type, huge JSON, a part with no file.
  const bodies: { headers: Record<string, string>; data: string | Buffer }[] = [
    { headers: { "content-type": "multipart/form-data; boundary=XYZ" }, data: "--XYZ\r\nContent-Disposition: form" },
    { headers: { "content-type": "multipart/form-data" }, data: "no boundary at all" },
    {
      headers: { "content-type": "application/json" },
      data: JSON.stringify({ procedure: "coe", file: LONG.repeat(50) }),
    },
    { headers: { "content-type": "application/json" }, data: "{ not json" },
    { headers: { "content-type": "text/plain" }, data: "\u0000\u0001\u0002" },
    {
      headers: { "content-type": "multipart/form-data; boundary=B" },
      data: '--B\r\nContent-Disposition: form-data; name="procedure"\r\n\r\n../../coe\r\n--B\r\nContent-Disposition: form-data; name="file"\r\n\r\nnot a file\r\n--B--\r\n',
    },
  ];
  for (const [i, body] of bodies.entries()) {
    for (const path of ["/api/uploads", "/api/procedures/coe/saved-file", "/api/procedures/no-such/saved-file"])
      await expectRefusedCleanly(await request.post(path, body), `POST ${path} body ${i}`);
    // A server action that does not exist, or with a body it cannot read.
    await expectRefusedCleanly(
      await request.post("/ja/procedures/bulk-coe/bulk", {
        ...body,
        headers: { ...body.headers, "next-action": "0".repeat(42) },
      }),
      `forged server action, body ${i}`,
    );
  }
}

test("a bad-input corpus, sent with and without a session, gets no server error and stores nothing", async ({
  browser,
  baseURL,
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const { user } = await approvedStaff(browser, baseURL, page, "corpus");
  const before = await counts(user.id);
  await sendAll(request);
  await sendAll(page.request);
  expect(await counts(user.id)).toEqual(before);
});
