import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { stringify } from "csv-stringify/sync";
import { createPrismaClient } from "../db/client";
import { LocalFileStore } from "../files/storage";
import { addAttachment } from "../files/attachments";
import { makeUser } from "../../tests/support/fixtures";
import { jpeg } from "../../tests/support/jpeg";
import { readyBatch } from "../../tests/support/bulk";
import { csvColumns, rowOf } from "../forms/csv";
import { normalize } from "../forms/engine";
import { engineerCoeN } from "../forms/definitions/residence/examples";
import { readBulkFile } from "./read";
import { findBatch, replaceBatch } from "./batch";
import { discardRowFiles, fileBatch, rowFilesCode, rowOfPhotoName, rowsWithPhoto } from "./file";
import { templateFor } from "./templates";

const def = templateFor("bulk-coe", "N")!.def;
const names = ["NGUYEN VAN AN", "TRAN THI BINH", "LE VAN CUONG"];
const file = () => {
  const csv = stringify([
    csvColumns(def).map((c) => c.header),
    ...names.map((n) => rowOf(def, { ...normalize(def, engineerCoeN), nameRoman: n })),
  ]);
  const r = readBulkFile("bulk-coe", new TextEncoder().encode(csv));
  assert.ok(r.ok);
  return r;
};

test("一括申請 申込む: nothing is filed until every applicant is 正常 with a photo; then all at once, once", async () => {
  const prisma = createPrismaClient();
  const store = new LocalFileStore(fs.mkdtempSync(path.join(os.tmpdir(), "bulk-")));
  try {
    const me = await makeUser(prisma);
    const read = file();
    await replaceBatch(prisma, me.id, "bulk-coe", { name: "a.csv", encoding: "utf-8", templateKey: "N" }, read.rows);
    const batch = (await findBatch(prisma, me.id, "bulk-coe"))!;
    const photo = (rowNo: number) =>
      addAttachment(prisma, store, {
        userId: me.id,
        procedureCode: rowFilesCode(batch.id, rowNo),
        rule: def.attachments!,
        name: `face-${rowNo}.jpg`,
        bytes: jpeg(300, 400),
        kind: "PHOTO",
      });
    assert.equal(await fileBatch(prisma, me, "bulk-coe"), "notReady");
    for (const n of [1, 2]) assert.ok((await photo(n)).ok);
    assert.deepEqual([...(await rowsWithPhoto(prisma, me.id, batch.id))].sort(), [1, 2]);
    assert.equal(await fileBatch(prisma, me, "bulk-coe"), "notReady", "one applicant has no photo");
    assert.equal(await prisma.application.count({ where: { userId: me.id } }), 0, "none filed");
    assert.ok((await photo(3)).ok);

    const [first, again] = await Promise.all([fileBatch(prisma, me, "bulk-coe"), fileBatch(prisma, me, "bulk-coe")]);
    assert.ok(typeof first === "object" && typeof again === "object");
    assert.equal(first.count, 3);
    assert.equal(again.bulkNo, first.bulkNo, "a second 申込む files nothing more");
    const apps = await prisma.application.findMany({
      where: { userId: me.id },
      include: { attachments: true },
      orderBy: { submissionKey: "asc" },
    });
    assert.equal(apps.length, 3);
    assert.deepEqual(apps.map((a) => (a.values as { nameRoman: string }).nameRoman).sort(), [...names].sort());
    for (const a of apps) {
      assert.equal(a.procedureCode, "coe");
      assert.equal(a.bulkNo, first.bulkNo);
      assert.deepEqual(
        a.attachments.map((x) => x.kind),
        ["PHOTO"],
      );
    }
    assert.equal(new Set(apps.map((a) => a.referenceNo)).size, 3, "each its own 整理番号");
    const mails = await prisma.outboxMail.findMany({ where: { to: me.email } });
    assert.equal(mails.filter((m) => m.subject.includes("整理番号")).length, 3);
    assert.equal(mails.filter((m) => m.subject.includes("パスワード")).length, 1);
    const jobs = await prisma.job.count({ where: { key: { in: apps.map((a) => `provisionalReceipt:${a.id}`) } } });
    assert.equal(jobs, 3, "each gets its 受付仮番号 as a single application does");
    assert.equal(
      await prisma.applicationDraft.count({ where: { userId: me.id } }),
      0,
      "the applicants' drafts are gone",
    );
  } finally {
    await prisma.$disconnect();
  }
});

// The embedded PGlite is one session: a second process cannot hold a transaction beside ours.
const embedded = process.env.DATABASE_POOL_MAX === "1";

test(
  "一括申請 申込む: a server killed in the middle of filing 300 applicants leaves none filed; filing again files all",
  { skip: embedded && "needs a PostgreSQL server (CI runs one)" },
  async () => {
    const prisma = createPrismaClient();
    const store = new LocalFileStore(fs.mkdtempSync(path.join(os.tmpdir(), "bulk-")));
    const blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await blocker.connect();
    try {
      const me = await makeUser(prisma);
      const rows = Array.from({ length: 300 }, (_, i) => ({
        ...normalize(def, engineerCoeN),
        nameRoman: `APPLICANT ${String.fromCharCode(65 + (i % 26), 65 + Math.floor(i / 26))}`,
      }));
      const csv = stringify([csvColumns(def).map((c) => c.header), ...rows.map((v) => rowOf(def, v))]);
      const read = readBulkFile("bulk-coe", new TextEncoder().encode(csv));
      assert.ok(read.ok && read.rows.every((r) => r.problems.length === 0));
      await readyBatch(prisma, store, me.id, read.rows);

      // Hold the job table so the filing stops after writing the applications, their events and
      // mails, waiting on its last writes; then kill its process there.
      await blocker.query('BEGIN; LOCK TABLE "Job" IN SHARE MODE');
      const url = new URL(process.env.DATABASE_URL!);
      url.searchParams.set("application_name", "bulk-filing-killed");
      const child = spawn(process.execPath, ["--import", "tsx", "tests/support/bulk-filing.ts", me.id, "bulk-coe"], {
        env: { ...process.env, DATABASE_URL: url.toString() },
        stdio: "ignore",
      });
      const exited = new Promise((resolve) => child.on("exit", resolve));
      // Read from another session: within the blocker's transaction the view would stay as first read.
      const filing = () =>
        prisma.$queryRaw<{ wait: string | null; query: string }[]>`
          SELECT wait_event_type AS wait, query FROM pg_stat_activity
          WHERE application_name = 'bulk-filing-killed' AND xact_start IS NOT NULL`;
      let caught = false;
      for (let i = 0; i < 3000 && !caught; i++) {
        caught = (await filing()).some((b) => b.wait === "Lock" && b.query.includes('"Job"'));
        if (!caught) await sleep(10);
      }
      child.kill("SIGKILL");
      await exited;
      assert.ok(caught, "the filing reached its last writes inside its transaction");
      await blocker.query("ROLLBACK");
      for (let i = 0; i < 500 && (await filing()).length > 0; i++) await sleep(10);

      assert.equal(await prisma.application.count({ where: { userId: me.id } }), 0, "none of the 300 filed");
      assert.equal((await findBatch(prisma, me.id, "bulk-coe"))!.bulkNo, null, "the batch is not filed");
      assert.equal(await prisma.outboxMail.count({ where: { to: me.email } }), 0, "no mail was sent");
      assert.equal(await prisma.attachment.count({ where: { ownerId: me.id, draftId: { not: null } } }), 300);

      const again = await fileBatch(prisma, me, "bulk-coe");
      assert.ok(typeof again === "object" && again.count === 300);
      const filed = await prisma.application.findMany({ where: { userId: me.id, bulkNo: again.bulkNo } });
      assert.equal(filed.length, 300);
      // Their 受付仮番号 jobs are scheduled; removed here so later tests' job runs do not meet them.
      const jobs = { key: { in: filed.map((a) => `provisionalReceipt:${a.id}`) } };
      assert.equal(await prisma.job.count({ where: jobs }), 300);
      await prisma.job.deleteMany({ where: jobs });
    } finally {
      await blocker.end();
      await prisma.$disconnect();
    }
  },
);

test("一括申請: a replaced batch takes its applicants' photos with it", async () => {
  const prisma = createPrismaClient();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bulk-"));
  const store = new LocalFileStore(dir);
  try {
    const me = await makeUser(prisma);
    await replaceBatch(prisma, me.id, "bulk-coe", { name: "a.csv", encoding: "utf-8", templateKey: "N" }, file().rows);
    const batch = (await findBatch(prisma, me.id, "bulk-coe"))!;
    const r = await addAttachment(prisma, store, {
      userId: me.id,
      procedureCode: rowFilesCode(batch.id, 1),
      rule: def.attachments!,
      name: "face.jpg",
      bytes: jpeg(300, 400),
      kind: "PHOTO",
    });
    assert.ok(r.ok);
    const stored = () => fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).length;
    assert.equal(stored(), 1);
    await discardRowFiles(prisma, store, me.id, batch.id);
    assert.equal(await prisma.attachment.count({ where: { ownerId: me.id } }), 0);
    assert.equal(await prisma.applicationDraft.count({ where: { userId: me.id } }), 0);
    assert.deepEqual(
      fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".jpg")),
      [],
    );
  } finally {
    await prisma.$disconnect();
  }
});

test("顔写真をまとめて登録: a file name names the applicant by line or passport number, or nobody", () => {
  const rows = [
    { rowNo: 1, passport: "TR1234567" },
    { rowNo: 12, passport: "" },
  ];
  assert.equal(rowOfPhotoName("1.jpg", rows), 1);
  assert.equal(rowOfPhotoName("012.JPEG", rows), 12);
  assert.equal(rowOfPhotoName("ｔｒ1234567.jpg", rows), 1, "full-width and lower case read as typed on the form");
  assert.equal(rowOfPhotoName("3.jpg", rows), null);
  assert.equal(rowOfPhotoName("TR1234567.png", rows), null);
  assert.equal(rowOfPhotoName(".jpg", rows), null);
});
