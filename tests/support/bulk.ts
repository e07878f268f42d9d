import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { FileStore } from "../../lib/files/storage";
import { addAttachment } from "../../lib/files/attachments";
import { findBatch, replaceBatch } from "../../lib/bulk/batch";
import { rowFilesCode } from "../../lib/bulk/file";
import type { BulkRowRead } from "../../lib/bulk/read";
import { templateFor } from "../../lib/bulk/templates";
import { jpeg } from "./jpeg";

/** A 区分N 一括申請 of these rows kept for the user, each applicant with a face photo: ready to file. */
export async function readyBatch(prisma: PrismaClient, store: FileStore, userId: string, rows: BulkRowRead[]) {
  await replaceBatch(prisma, userId, "bulk-coe", { name: "ready.csv", encoding: "utf-8", templateKey: "N" }, rows);
  const batch = (await findBatch(prisma, userId, "bulk-coe"))!;
  const face = jpeg(300, 400);
  for (const r of rows) {
    const added = await addAttachment(prisma, store, {
      userId,
      procedureCode: rowFilesCode(batch.id, r.rowNo),
      rule: templateFor("bulk-coe", "N")!.def.attachments!,
      name: `${r.rowNo}.jpg`,
      bytes: face,
      kind: "PHOTO",
    });
    if (!added.ok) throw new Error(`photo of row ${r.rowNo} refused`);
  }
  return batch;
}
