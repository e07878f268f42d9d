import type { PrismaClient } from "../generated/prisma/client";
import { Prisma } from "../generated/prisma/client";
import type { FormDefinition, FormValues } from "../forms/types";
import { simultaneousOf } from "../forms/definitions/residence/simultaneous";
import { hashPassword } from "../auth/password";
import { enqueueMail } from "../mail/outbox";
import { appUrl, mailLocale } from "../accounts/links";
import { draftSchema, fileCounts } from "./drafts";
import { newAccessPassword, newReferenceNo } from "./numbers";
import { scheduleReceipt } from "./receipt";
import { withTallies } from "../forms/points";
import { now } from "../clock";
import { RECEIPT_CHANGE, applyReceiptChange } from "./receipt-change";

export type Submitted = { applicationId: string; referenceNo: string; password: string | null };

/**
 * 申込む (§3.3.4). The draft id is the submission key: a double click or a resubmitted page finds
 * the application already made from it and creates nothing new (password then only by mail).
 */
export async function submitDraft(
  prisma: PrismaClient,
  def: FormDefinition,
  user: { id: string; email: string; locale: string },
  /** residence: a 在留諸申請, which goes on to 受付仮番号 and 受付番号 (利用申出 is decided by an officer). */
  procedure: { code: string; name: string; residence: boolean },
  draftId: string,
  locale: string,
): Promise<Submitted | "invalid" | "missing"> {
  const filed = async (): Promise<Submitted | null> => {
    const app = await prisma.application.findFirst({ where: { submissionKey: draftId, userId: user.id } });
    return app && { applicationId: app.id, referenceNo: app.referenceNo, password: null };
  };
  const done = await filed();
  if (done) return done;

  // The same 申込む sent again while the first is being stored can find the draft gone or its
  // files already moved: then the first one's application is the answer.
  const draft = await prisma.applicationDraft.findFirst({
    where: { id: draftId, userId: user.id, procedureCode: procedure.code },
  });
  if (!draft) return (await filed()) ?? "missing";
  const files = fileCounts(await prisma.attachment.findMany({ where: { draftId }, select: { kind: true } }));
  const parsed = draftSchema(def, files).safeParse(draft.values);
  if (!parsed.success) return (await filed()) ?? "invalid";

  const password = newAccessPassword();
  const passwordHash = await hashPassword(password);
  const l = mailLocale(locale);
  for (let attempt = 0; attempt < 5; attempt++) {
    const referenceNo = newReferenceNo();
    try {
      const app = await prisma.$transaction(async (tx) => {
        const created = await fileApplication(tx, {
          def,
          values: parsed.data as FormValues,
          user,
          procedure,
          referenceNo,
          submissionKey: draftId,
          passwordHash,
          draftId,
          locale: l,
        });
        await enqueueMail(tx, user.email, { kind: "applicationPassword", procedure: procedure.name, password }, l);
        if (procedure.code === RECEIPT_CHANGE)
          await applyReceiptChange(tx, { ...created, values: parsed.data as FormValues }, user);
        return created;
      });
      return { applicationId: app.id, referenceNo: app.referenceNo, password };
    } catch (e) {
      if (!(e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")) throw e;
      const raced = await filed();
      if (raced) return raced;
    }
  }
  throw new Error("could not allocate a reference number");
}

type Tx = Prisma.TransactionClient;

/**
 * One application made from checked answers, inside the caller's transaction: its history, the
 * draft's files moved to it (and the draft gone), the 整理番号 mail, its 受付仮番号/受付番号 jobs,
 * and each 同時申請 as an application of its own. 申込む and 一括申請 both file through here.
 */
export async function fileApplication(
  tx: Tx,
  a: {
    def: FormDefinition;
    values: FormValues;
    user: { id: string; email: string };
    procedure: { code: string; name: string; residence: boolean };
    referenceNo: string;
    submissionKey: string;
    passwordHash: string;
    draftId: string | null;
    locale: "ja" | "en";
    bulkNo?: string;
  },
) {
  const created = await tx.application.create({
    data: {
      referenceNo: a.referenceNo,
      submissionKey: a.submissionKey,
      userId: a.user.id,
      procedureCode: a.procedure.code,
      values: withTallies(a.def, a.values, now()) as Prisma.InputJsonValue,
      accessPasswordHash: a.passwordHash,
      bulkNo: a.bulkNo,
    },
  });
  await tx.applicationEvent.create({
    data: { applicationId: created.id, status: created.status, at: created.submittedAt },
  });
  if (a.draftId) {
    await tx.attachment.updateMany({
      where: { draftId: a.draftId },
      data: { draftId: null, applicationId: created.id },
    });
    await tx.applicationDraft.delete({ where: { id: a.draftId } });
  }
  await enqueueMail(
    tx,
    a.user.email,
    {
      kind: "applicationReference",
      procedure: a.procedure.name,
      referenceNo: a.referenceNo,
      url: appUrl(`/${a.locale}/mypage`),
    },
    a.locale,
  );
  if (a.procedure.residence) await scheduleReceipt(tx, created.id);
  // 同時申請: each its own application (own 整理番号, same password), tracked on its own.
  for (const child of simultaneousOf(a.def, a.values)) {
    const linked = await tx.application.create({
      data: {
        referenceNo: newReferenceNo(),
        submissionKey: `${a.submissionKey}:${child.code}`,
        userId: a.user.id,
        procedureCode: child.code,
        values: child.values as Prisma.InputJsonValue,
        accessPasswordHash: a.passwordHash,
        parentId: created.id,
        bulkNo: a.bulkNo,
      },
    });
    await tx.applicationEvent.create({
      data: { applicationId: linked.id, status: linked.status, at: linked.submittedAt },
    });
    await scheduleReceipt(tx, linked.id);
  }
  return created;
}
