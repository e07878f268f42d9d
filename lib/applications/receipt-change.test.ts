import { test } from "node:test";
import assert from "node:assert/strict";
import { createPrismaClient } from "../db/client";
import { makeApplication, makeUser } from "../../tests/support/fixtures";
import { receiptChangeForm } from "../forms/definitions/receipt-change";
import type { FormValues } from "../forms/types";
import { STATUSES } from "./states";
import { submitDraft } from "./submit";
import { receiptChangeProblems } from "./receipt-change";

const cardValues = {
  nameRoman: "NGUYEN VAN AN",
  cardReceipt: "窓口受領",
  residencePrefecture: "大阪府",
  receiptOffice: "大阪出入国在留管理局",
};
const request = (no: { provisionalNo?: string; receiptNo?: string }, extra: FormValues = {}): FormValues => ({
  changeKind: "在留カード",
  nameRoman: "NGUYEN VAN AN",
  provisionalNo: "",
  receiptNo: "",
  cardReceipt: "郵送受領",
  residencePrefecture: "東京都",
  receiptOffice: "東京出入国在留管理局",
  ...no,
  ...extra,
});

async function file(
  prisma: ReturnType<typeof createPrismaClient>,
  user: { id: string; email: string; locale: string },
  values: FormValues,
) {
  const draft = await prisma.applicationDraft.create({
    data: { userId: user.id, procedureCode: "receipt-change", values },
  });
  const r = await submitDraft(
    prisma,
    receiptChangeForm,
    user,
    { code: "receipt-change", name: "受領方法変更申出", residence: false },
    draft.id,
    "ja",
  );
  assert.ok(typeof r === "object", `filed: ${r}`);
  return prisma.application.findUniqueOrThrow({ where: { id: r.applicationId } });
}

test("受領方法変更申出 is applied in 処理待ち, 申請完了 and 審査中 and refused, with its mail, in every other state", async () => {
  const prisma = createPrismaClient();
  try {
    const user = await makeUser(prisma);
    for (const status of STATUSES) {
      const receiptNo = String(8e11 + Math.floor(Math.random() * 1e11));
      const target = await makeApplication(prisma, user.id, { status, receiptNo, values: cardValues });
      const before = await prisma.outboxMail.count({ where: { to: user.email, template: "receiptChange" } });
      const allowed = ["WAITING", "SUBMITTED", "EXAMINING"].includes(status);
      // The screen says so up front…
      assert.deepEqual(
        await receiptChangeProblems(prisma, user.id, request({ receiptNo })),
        allowed ? {} : { receiptNo: ["receiptTooLate"] },
        status,
      );
      // …and a request filed anyway (the state moved meanwhile) changes nothing and says so by mail.
      const filed = await file(prisma, user, request({ receiptNo }));
      const after = await prisma.application.findUniqueOrThrow({ where: { id: target.id }, include: { events: true } });
      const v = after.values as FormValues;
      assert.equal(v.cardReceipt, allowed ? "郵送受領" : "窓口受領", status);
      assert.equal(v.receiptOffice, allowed ? "東京出入国在留管理局" : "大阪出入国在留管理局", status);
      assert.equal(after.status, status, "the target's state is untouched");
      assert.equal(
        after.events.some((e) => e.message?.includes(filed.referenceNo)),
        allowed,
        status,
      );
      assert.equal(filed.status, allowed ? "COMPLETED" : "REJECTED", status);
      const mail = await prisma.outboxMail.findFirstOrThrow({
        where: { to: user.email, template: "receiptChange" },
        orderBy: { createdAt: "desc" },
      });
      assert.equal(await prisma.outboxMail.count({ where: { to: user.email, template: "receiptChange" } }), before + 1);
      assert.match(mail.subject, allowed ? /受領方法変更完了/ : /変更できませんでした/, status);
    }
  } finally {
    await prisma.$disconnect();
  }
});

test("受領方法変更申出 names the problem: another user's number, the wrong kind, another name, re-entry by post", async () => {
  const prisma = createPrismaClient();
  try {
    const user = await makeUser(prisma);
    const other = await makeUser(prisma);
    const provisionalNo = String(7e11 + Math.floor(Math.random() * 1e11));
    const theirs = await makeApplication(prisma, other.id, { status: "SUBMITTED", provisionalNo, values: cardValues });
    assert.deepEqual(await receiptChangeProblems(prisma, user.id, request({ provisionalNo })), {
      provisionalNo: ["receiptTargetNotFound"],
    });
    // Filed anyway, nothing of the other user's changes.
    const filed = await file(prisma, user, request({ provisionalNo }));
    assert.equal(filed.status, "REJECTED");
    assert.equal(
      ((await prisma.application.findUniqueOrThrow({ where: { id: theirs.id } })).values as FormValues).cardReceipt,
      "窓口受領",
    );

    const coeNo = String(7e11 + Math.floor(Math.random() * 1e11));
    await makeApplication(prisma, user.id, {
      procedureCode: "coe",
      status: "SUBMITTED",
      provisionalNo: coeNo,
      values: cardValues,
    });
    assert.deepEqual(await receiptChangeProblems(prisma, user.id, request({ provisionalNo: coeNo })), {
      changeKind: ["receiptTargetKind"],
    });

    const mine = String(7e11 + Math.floor(Math.random() * 1e11));
    const both = String(8e11 + Math.floor(Math.random() * 1e11));
    await makeApplication(prisma, user.id, {
      status: "EXAMINING",
      provisionalNo: mine,
      receiptNo: both,
      values: { ...cardValues, applyReentry: "申請する" },
    });
    assert.deepEqual(
      await receiptChangeProblems(prisma, user.id, request({ provisionalNo: mine }, { nameRoman: "NGUYEN AN" })),
      {
        nameRoman: ["receiptTargetName"],
      },
    );
    assert.deepEqual(await receiptChangeProblems(prisma, user.id, request({ provisionalNo: mine })), {
      cardReceipt: ["receiptReentryCounter"],
    });
    // Both numbers must belong to the same application.
    assert.deepEqual(await receiptChangeProblems(prisma, user.id, request({ provisionalNo: mine, receiptNo: coeNo })), {
      provisionalNo: ["receiptTargetNotFound"],
    });
    assert.deepEqual(
      await receiptChangeProblems(
        prisma,
        user.id,
        request({ provisionalNo: mine, receiptNo: both }, { cardReceipt: "窓口受領" }),
      ),
      {},
    );
  } finally {
    await prisma.$disconnect();
  }
});
