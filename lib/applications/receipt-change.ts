import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { FormValues } from "../forms/types";
import { RECEIPT_CHANGE_TARGETS, receiptChangeForm } from "../forms/definitions/receipt-change";
import { allFields } from "../forms/engine";
import { enqueueMail } from "../mail/outbox";
import { appUrl, mailLocale } from "../accounts/links";
import { procedureName } from "../procedures/search";
import { now } from "../clock";
import { isUndecided } from "./states";

// 受領方法変更申出 (§7.3): the change is applied to the user's own application while it is still
// 処理待ち, 申請完了 or 審査中; otherwise a mail says it could not be.

export const RECEIPT_CHANGE = "receipt-change";

type Db = PrismaClient | Prisma.TransactionClient;
type Target = {
  id: string;
  procedureCode: string;
  status: string;
  values: unknown;
  provisionalNo: string | null;
  receiptNo: string | null;
  referenceNo: string;
};
/** Field → message keys (the validation namespace), as the form's own errors. */
export type Problems = Record<string, string[]>;

const sameName = (a: unknown, b: unknown) => {
  const n = (v: unknown) =>
    String(v ?? "")
      .toUpperCase()
      .replace(/[\s,]+/g, " ")
      .trim();
  return n(a) !== "" && n(a) === n(b);
};
const numberField = (v: FormValues) => (v.provisionalNo ? "provisionalNo" : "receiptNo");

/** The user's own application with these numbers (both must match when both are given). */
async function findTarget(db: Db, userId: string, v: FormValues): Promise<Target | null> {
  const where: Prisma.ApplicationWhereInput = { userId };
  if (v.provisionalNo) where.provisionalNo = String(v.provisionalNo);
  if (v.receiptNo) where.receiptNo = String(v.receiptNo);
  if (!v.provisionalNo && !v.receiptNo) return null;
  return db.application.findFirst({ where });
}

/** What stops the change, judged on the target as it is now; an empty object when nothing does. */
function problemsWith(target: Target | null, v: FormValues): Problems {
  if (!target) return { [numberField(v)]: ["receiptTargetNotFound"] };
  const values = target.values as FormValues;
  if (!(RECEIPT_CHANGE_TARGETS[String(v.changeKind)] ?? []).includes(target.procedureCode))
    return { changeKind: ["receiptTargetKind"] };
  if (!sameName(values.nameRoman, v.nameRoman)) return { nameRoman: ["receiptTargetName"] };
  if (!isUndecided(target.status)) return { [numberField(v)]: ["receiptTooLate"] };
  if (values.applyReentry === "申請する" && v.cardReceipt === "郵送受領")
    return { cardReceipt: ["receiptReentryCounter"] };
  return {};
}

function optionLabel(name: string, value: unknown, l: "ja" | "en") {
  const f = allFields(receiptChangeForm).find((x) => x.name === name);
  const o = f && "options" in f ? f.options.find((x) => x.value === value) : undefined;
  const label = o?.label;
  return label && "ja" in label ? label[l] : String(value ?? "");
}

/** The check on 確認へ進む: the screen says up front what the mail would otherwise say. */
export async function receiptChangeProblems(prisma: PrismaClient, userId: string, v: FormValues): Promise<Problems> {
  return problemsWith(await findTarget(prisma, userId, v), v);
}

/**
 * In the 申込む transaction of a 受領方法変更申出: apply it to the target (locked, so an officer's
 * decision at the same moment is either before or after it), record it in both histories, mail.
 */
export async function applyReceiptChange(
  tx: Prisma.TransactionClient,
  request: { id: string; referenceNo: string; values: FormValues },
  user: { id: string; email: string; locale: string },
) {
  const v = request.values;
  const found = await findTarget(tx, user.id, v);
  if (found) await tx.$queryRaw`SELECT id FROM "Application" WHERE id = ${found.id} FOR UPDATE`;
  const target = found && (await tx.application.findUnique({ where: { id: found.id } }));
  const changed = target !== null && Object.keys(problemsWith(target, v)).length === 0;
  const at = now();
  const targetNo = target?.receiptNo ?? target?.provisionalNo ?? String(v.receiptNo || v.provisionalNo);
  const note = `受領方法変更申出（整理番号 ${request.referenceNo}）：${v.cardReceipt}、${v.receiptOffice}`;
  if (target && changed) {
    const values = target.values as FormValues;
    await tx.application.update({
      where: { id: target.id },
      data: {
        values: {
          ...values,
          cardReceipt: v.cardReceipt,
          residencePrefecture: v.residencePrefecture,
          receiptOffice: v.receiptOffice,
        } as Prisma.InputJsonValue,
      },
    });
    await tx.applicationEvent.create({ data: { applicationId: target.id, status: target.status, at, message: note } });
  }
  const status = changed ? "COMPLETED" : "REJECTED";
  await tx.application.update({ where: { id: request.id }, data: { status } });
  await tx.applicationEvent.create({ data: { applicationId: request.id, status, at } });
  const l = mailLocale(user.locale);
  await enqueueMail(
    tx,
    user.email,
    {
      kind: "receiptChange",
      changed,
      procedure: procedureName(target?.procedureCode ?? RECEIPT_CHANGE, l),
      targetNo,
      method: optionLabel("cardReceipt", v.cardReceipt, l),
      office: optionLabel("receiptOffice", v.receiptOffice, l),
      url: appUrl(`/${l}/applications/${target && changed ? target.id : request.id}`),
    },
    l,
  );
  return changed;
}
