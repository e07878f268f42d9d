import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { FormValues } from "../forms/types";
import { now } from "../clock";
import type { BulkRowRead, RowProblem } from "./read";
import type { BulkEncoding } from "./read";

// The uploaded batch is kept on the server (a reload or a later visit resumes it); a new upload of
// the same procedure replaces it whole, in one transaction, so a batch is never half one file.

export type BatchSummary = {
  id: string;
  templateKey: string;
  fileName: string;
  encoding: string;
  createdAt: Date;
  /** Set once the batch is filed. */
  bulkNo: string | null;
  total: number;
  toCheck: number;
};

/** アップロードする: the read rows become the user's batch of this procedure. */
export async function replaceBatch(
  prisma: PrismaClient,
  userId: string,
  procedureCode: string,
  file: { name: string; encoding: BulkEncoding; templateKey: string },
  rows: BulkRowRead[],
): Promise<string> {
  return prisma.$transaction(async (tx) => {
    await tx.bulkBatch.deleteMany({ where: { userId, procedureCode } });
    const batch = await tx.bulkBatch.create({
      data: {
        userId,
        procedureCode,
        templateKey: file.templateKey,
        fileName: file.name.slice(0, 255),
        encoding: file.encoding,
        createdAt: now(),
      },
    });
    await tx.bulkRow.createMany({
      data: rows.map((r) => ({
        batchId: batch.id,
        rowNo: r.rowNo,
        values: r.values as Prisma.InputJsonValue,
        problems: r.problems as unknown as Prisma.InputJsonValue,
      })),
    });
    return batch.id;
  });
}

/** The user's kept batch of this procedure with its counts, or null. */
export async function findBatch(
  prisma: PrismaClient,
  userId: string,
  procedureCode: string,
): Promise<BatchSummary | null> {
  const batch = await prisma.bulkBatch.findUnique({ where: { userId_procedureCode: { userId, procedureCode } } });
  if (!batch) return null;
  const [total, toCheck] = await Promise.all([
    prisma.bulkRow.count({ where: { batchId: batch.id } }),
    prisma.bulkRow.count({ where: { batchId: batch.id, NOT: { problems: { equals: [] } } } }),
  ]);
  return { ...batch, total, toCheck };
}

export type BatchRow = { rowNo: number; values: FormValues; problems: RowProblem[] };

const rowOf = (r: { rowNo: number; values: unknown; problems: unknown }): BatchRow => ({
  rowNo: r.rowNo,
  values: r.values as FormValues,
  problems: r.problems as RowProblem[],
});

/** A page of the batch's rows, in file order; `toCheck` keeps only the 要確認 ones. */
export async function batchRows(
  prisma: PrismaClient,
  batchId: string,
  { toCheck = false, skip = 0, take = 50 }: { toCheck?: boolean; skip?: number; take?: number },
) {
  const where = { batchId, ...(toCheck ? { NOT: { problems: { equals: [] as Prisma.InputJsonValue } } } : {}) };
  const [count, rows] = await Promise.all([
    prisma.bulkRow.count({ where }),
    prisma.bulkRow.findMany({ where, orderBy: { rowNo: "asc" }, skip, take }),
  ]);
  return { count, rows: rows.map(rowOf) };
}

/** One applicant's row of the user's own batch, or null. */
export async function batchRow(prisma: PrismaClient, userId: string, procedureCode: string, rowNo: number) {
  if (!Number.isInteger(rowNo) || rowNo < 1) return null;
  const r = await prisma.bulkRow.findFirst({ where: { rowNo, batch: { userId, procedureCode } } });
  return r ? rowOf(r) : null;
}

/** 修正する: the applicant's corrected answers and what still needs fixing; false when not theirs. */
export async function updateRow(
  prisma: PrismaClient,
  userId: string,
  procedureCode: string,
  rowNo: number,
  values: FormValues,
  problems: RowProblem[],
): Promise<boolean> {
  const r = await prisma.bulkRow.updateMany({
    where: { rowNo, batch: { userId, procedureCode } },
    data: { values: values as Prisma.InputJsonValue, problems: problems as unknown as Prisma.InputJsonValue },
  });
  return r.count === 1;
}
