import { createHash } from "node:crypto";
import { stringify } from "csv-stringify/sync";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { FormDefinition, FormValues } from "../forms/types";
import { csvColumns, optionOf, rowOf, valuesOfRow } from "../forms/csv";
import { normalize, validate } from "../forms/engine";
import { formFor, statusField } from "../forms/registry";
import { readCsvFile, utf8WithBom } from "../files/text";
import { findProcedure } from "../procedures/search";
import { now } from "../clock";

// 入力中のデータを保存する / 保存データの読み込み (§8.2): the answers typed so far as a CSV on the
// user's computer (UTF-8 with BOM, the bulk templates' columns after four columns that say what it
// is), and read back on the same procedure's screen. Attachments are never in it.

/** The first columns of a save file: which procedure, which form and version, and when. */
const META = ["手続き", "様式", "様式版", "保存日時"] as const;
export const SAVED_FILE_MAX_BYTES = 2 * 1024 * 1024;
/** How long a file read but not yet loaded (or its problems, once loaded) is kept. */
const LOADED_FILE_TTL_MS = 86_400_000;

/** Changes whenever the form's columns or choices change, so an older file is known as such. */
export function formVersion(def: FormDefinition): string {
  const h = createHash("sha256");
  for (const col of csvColumns(def)) {
    h.update(col.header);
    if ("options" in col.field) for (const o of col.field.options) h.update(`\u0000${o.value}`);
    h.update("\u0001");
  }
  return h.digest("hex").slice(0, 12);
}

/** 入力中のデータを保存する: the file's bytes. */
export function savedFile(procedureCode: string, def: FormDefinition, values: Record<string, unknown>, at: Date) {
  const cols = csvColumns(def);
  const csv = stringify(
    [
      [...META, ...cols.map((c) => c.header)],
      [procedureCode, def.id, formVersion(def), at.toISOString(), ...rowOf(def, values)],
    ],
    { record_delimiter: "windows" },
  );
  return utf8WithBom(csv);
}

/**
 * What loading leaves out or flags, by column: a choice that is none of the field's options, a
 * column the form does not have (older file), a column the file lacks, or a value the form's own
 * rules refuse (kept, and shown at its field).
 */
export type LoadProblem =
  | { kind: "option"; header: string; key: string; value: string }
  | { kind: "unknownColumn"; header: string; value: string }
  | { kind: "missingColumn"; header: string; key: string }
  | { kind: "invalid"; header: string; key: string; message: string };

export type SavedFileRefusal = "empty" | "tooLarge" | "notText" | "notCsv" | "notSavedFile" | "otherProcedure" | "rows";

export type ReadSavedFile =
  | { ok: false; reason: SavedFileRefusal; procedureCode?: string }
  | { ok: true; values: FormValues; problems: LoadProblem[]; savedAt: Date | null; olderVersion: boolean };

const filled = (v: unknown) => (Array.isArray(v) ? v.length > 0 : typeof v === "string" && v !== "");
const valueAt = (values: FormValues, key: string): unknown =>
  key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], values);

/** 確認へ進む on ファイル読込: the file refused with its reason, or the answers it gives and their problems. */
export function readSavedFile(procedureCode: string, bytes: Uint8Array): ReadSavedFile {
  const file = readCsvFile(bytes, SAVED_FILE_MAX_BYTES);
  if (!file.ok) return file;
  const [header, ...rows] = file.records;
  if (!header || META.some((m, i) => header[i]?.trim() !== m)) return { ok: false, reason: "notSavedFile" };
  if (rows.length !== 1) return { ok: false, reason: "rows" };
  const [row] = rows;
  const code = row[0]?.trim() ?? "";
  if (code !== procedureCode)
    return findProcedure(code) && formFor(code)
      ? { ok: false, reason: "otherProcedure", procedureCode: code }
      : { ok: false, reason: "notSavedFile" };
  const cells = new Map<string, string>();
  header.forEach((h, i) => {
    const name = h.trim();
    if (i >= META.length && !cells.has(name)) cells.set(name, row[i] ?? "");
  });
  // The status saved picks the form of its 区分, as 入力へ進む does on the screen.
  const first = formFor(procedureCode)!;
  const sf = statusField(first);
  const statusHeader = csvColumns(first).find((c) => c.key === "status")?.header;
  const status = sf && statusHeader ? optionOf(sf, cells.get(statusHeader) ?? "") : undefined;
  const def = formFor(procedureCode, status ?? undefined)!;
  const olderVersion = row[1]?.trim() !== def.id || row[2]?.trim() !== formVersion(def);
  const { values: raw, problems: cellProblems } = valuesOfRow(def, cells);
  const values = normalize(def, raw);
  const cols = csvColumns(def);
  const known = new Set(cols.map((c) => c.header));
  const byKey = new Map(cols.map((c) => [c.key, c.header]));
  const problems: LoadProblem[] = [
    ...cellProblems.map((p) => ({ kind: "option" as const, header: p.header, key: p.key, value: p.value })),
    ...[...cells]
      .filter(([h, v]) => !known.has(h) && v.trim())
      .map(([h, v]) => ({ kind: "unknownColumn" as const, header: h, value: v.slice(0, 200) })),
    ...cols
      .filter((c) => !cells.has(c.header))
      .map((c) => ({ kind: "missingColumn" as const, header: c.header, key: c.key })),
    // Empty answers are not problems of the file: the form asks for them as it always does.
    ...validate(def, values, now())
      .filter((i) => filled(valueAt(values, i.path)))
      .map((i) => ({ kind: "invalid" as const, header: byKey.get(i.path) ?? i.path, key: i.path, message: i.message })),
  ];
  const savedAt = new Date(row[3]?.trim() ?? "");
  return { ok: true, values, problems, savedAt: isNaN(savedAt.getTime()) ? null : savedAt, olderVersion };
}

/** Keeps a read file for ファイル読込確認; the id is the user's alone. */
export async function keepLoadedFile(
  prisma: PrismaClient,
  userId: string,
  procedureCode: string,
  fileName: string,
  read: Extract<ReadSavedFile, { ok: true }>,
) {
  const row = await prisma.loadedFile.create({
    data: {
      userId,
      procedureCode,
      fileName: fileName.slice(0, 255),
      values: read.values as Prisma.InputJsonValue,
      problems: read.problems as unknown as Prisma.InputJsonValue,
      savedAt: read.savedAt,
      olderVersion: read.olderVersion,
      createdAt: now(),
    },
  });
  return row.id;
}

export type LoadedFileView = {
  id: string;
  fileName: string;
  values: FormValues;
  problems: LoadProblem[];
  savedAt: Date | null;
  olderVersion: boolean;
  loadedAt: Date | null;
};

/** The user's own read file of this procedure, or null (another user's id reads as none). */
export async function findLoadedFile(
  prisma: PrismaClient,
  userId: string,
  procedureCode: string,
  id: string,
): Promise<LoadedFileView | null> {
  const since = new Date(now().getTime() - LOADED_FILE_TTL_MS);
  const row = await prisma.loadedFile.findFirst({ where: { id, userId, procedureCode, createdAt: { gt: since } } });
  return row
    ? {
        id: row.id,
        fileName: row.fileName,
        values: row.values as FormValues,
        problems: row.problems as unknown as LoadProblem[],
        savedAt: row.savedAt,
        olderVersion: row.olderVersion,
        loadedAt: row.loadedAt,
      }
    : null;
}

/** 読込む: marks the file loaded (once); the caller puts its values into the draft. */
export async function markLoaded(prisma: PrismaClient, userId: string, id: string): Promise<boolean> {
  const r = await prisma.loadedFile.updateMany({ where: { id, userId, loadedAt: null }, data: { loadedAt: now() } });
  return r.count === 1;
}

/** Read files older than a day go; run by the job worker. */
export async function expireLoadedFiles(prisma: PrismaClient): Promise<number> {
  const before = new Date(now().getTime() - LOADED_FILE_TTL_MS);
  return (await prisma.loadedFile.deleteMany({ where: { createdAt: { lt: before } } })).count;
}
