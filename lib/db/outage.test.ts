import { test } from "node:test";
import assert from "node:assert/strict";
import { databaseStillDown, isDatabaseUnreachable, noteRequestError } from "./outage";

test("Prisma's and the driver's unreachable errors are an outage; other errors are not", () => {
  const prisma = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), {
    code: "P1001",
  });
  const wrapped = {
    message: "Invalid `prisma.notice.count()`",
    meta: { driverAdapterError: new Error("DatabaseNotReachable") },
  };
  const refused = new Error("fetch failed", { cause: Object.assign(new Error("x"), { code: "ECONNREFUSED" }) });
  assert.equal(isDatabaseUnreachable(prisma), true);
  assert.equal(isDatabaseUnreachable(wrapped), true);
  assert.equal(isDatabaseUnreachable(refused), true);
  assert.equal(isDatabaseUnreachable(Object.assign(new Error("Unique constraint"), { code: "P2002" })), false);
  assert.equal(isDatabaseUnreachable(new TypeError("x is undefined")), false);
  assert.equal(isDatabaseUnreachable(null), false);
});

test("an outage met by a request lasts until the database answers a probe, probed once a second", async (t) => {
  t.mock.timers.enable({ apis: ["Date"], now: 1_000_000 });
  let probes = 0;
  let up = false;
  const probe = async () => {
    probes++;
    if (!up) throw new Error("DatabaseNotReachable");
  };
  assert.equal(await databaseStillDown(probe), false, "no outage noted: no probe");
  assert.equal(probes, 0);
  noteRequestError(new TypeError("a bug, not an outage"));
  assert.equal(await databaseStillDown(probe), false);
  noteRequestError({ code: "P1001" });
  assert.equal(await databaseStillDown(probe), true);
  assert.equal(await databaseStillDown(probe), true);
  assert.equal(probes, 1, "asked once within the second");
  up = true;
  assert.equal(await databaseStillDown(probe), true, "the last answer holds for a second");
  t.mock.timers.tick(1000);
  assert.equal(await databaseStillDown(probe), false);
  assert.equal(probes, 2);
  assert.equal(await databaseStillDown(probe), false);
  assert.equal(probes, 2, "back: no more probes");
});
