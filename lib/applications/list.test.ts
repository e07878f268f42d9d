import { test } from "node:test";
import assert from "node:assert/strict";
import { createPrismaClient } from "../db/client";
import { makeApplication, makeUser } from "../../tests/support/fixtures";
import { newReferenceNo } from "./numbers";
import { listHref, parseListQuery, searchApplications } from "./list";

test("申込一覧's query: dates checked (real YYYYMMDD, from ≤ to), the rest read safely with defaults", () => {
  const { query, errors } = parseListQuery({ related: " ab\u0000c ", from: "２０２６-１１-０１", to: "20261130" });
  assert.deepEqual(errors, {});
  assert.equal(query.related, "abc");
  assert.equal(query.from, "20261101");
  assert.deepEqual([query.sort, query.size, query.page], ["newest", 20, 1]);
  assert.deepEqual(parseListQuery({ from: "20260231" }).errors, { from: "dateInvalid" });
  assert.deepEqual(parseListQuery({ to: "2026113" }).errors, { to: "dateInvalid" });
  assert.deepEqual(parseListQuery({ from: "20261201", to: "20261130" }).errors, { to: "dateOrder" });
  const odd = parseListQuery({ sort: "random", size: "1000", page: "-3" }).query;
  assert.deepEqual([odd.sort, odd.size, odd.page], ["newest", 20, 1]);
  const q = parseListQuery({ procedure: "在留 更新", size: "50", page: "3" }).query;
  assert.equal(
    listHref("/ja/applications", q),
    "/ja/applications?procedure=%E5%9C%A8%E7%95%99+%E6%9B%B4%E6%96%B0&size=50&page=3",
  );
  assert.equal(
    listHref("/ja/applications", q, { page: 1, sort: "oldest" }),
    "/ja/applications?procedure=%E5%9C%A8%E7%95%99+%E6%9B%B4%E6%96%B0&sort=oldest&size=50",
  );
});

test("申込一覧 search: by number or name, by all words of the procedure name, by the day in Japan; own rows only", async () => {
  const prisma = createPrismaClient();
  try {
    const me = await makeUser(prisma);
    const other = await makeUser(prisma);
    const make = (userId: string, procedureCode: string, at: string, extra: Record<string, unknown> = {}) =>
      makeApplication(prisma, userId, {
        procedureCode,
        values: { nameRoman: "NGUYEN VAN AN" },
        submittedAt: new Date(at),
        ...extra,
      });
    // 2026-11-01 08:30 in Japan is still 31 October in UTC.
    const [mine, theirs] = [newReferenceNo(), newReferenceNo()];
    const early = await make(me.id, "extension", "2026-10-31T23:30:00Z", { provisionalNo: mine });
    const coe = await make(me.id, "coe", "2026-11-10T03:00:00Z", { values: { nameRoman: "SITI RAHAYU" } });
    const usage = await make(me.id, "usage", "2026-11-20T03:00:00Z", { values: {} });
    await make(other.id, "extension", "2026-11-05T03:00:00Z", { provisionalNo: theirs });
    const search = (sp: Record<string, string>, locale = "ja") => {
      const { query, errors } = parseListQuery(sp);
      return searchApplications(prisma, me.id, query, errors, locale).then((r) => r.rows.map((x) => x.id));
    };
    assert.deepEqual(await search({}), [usage.id, coe.id, early.id]);
    assert.deepEqual(await search({ sort: "oldest" }), [early.id, coe.id, usage.id]);
    assert.deepEqual(await search({ related: mine }), [early.id]);
    // Another user's number finds nothing here.
    assert.deepEqual(await search({ related: theirs }), []);
    assert.deepEqual(await search({ related: "siti" }), [coe.id]);
    assert.deepEqual(await search({ related: coe.referenceNo }), [coe.id]);
    assert.deepEqual(await search({ procedure: "在留 更新" }), [early.id]);
    assert.deepEqual(await search({ procedure: "certificate eligibility" }, "en"), [coe.id]);
    assert.deepEqual(await search({ procedure: "在留 該当なし" }), []);
    assert.deepEqual(await search({ from: "20261101", to: "20261101" }), [early.id]);
    assert.deepEqual(await search({ from: "20261102" }), [usage.id, coe.id]);
    // A broken range is ignored (the page shows the error), not applied half.
    assert.deepEqual(await search({ from: "20261102", to: "20261101" }), [usage.id, coe.id]);
    // Paging: 10 a page, the page past the last shows the last.
    for (let i = 0; i < 10; i++) await make(me.id, "usage", `2026-11-2${i % 9}T05:00:00Z`, { values: {} });
    const { query } = parseListQuery({ size: "10", page: "9" });
    const page = await searchApplications(prisma, me.id, query, {}, "ja");
    assert.deepEqual([page.total, page.pageCount, page.page, page.rows.length], [13, 2, 2, 3]);
  } finally {
    await prisma.$disconnect();
  }
});
