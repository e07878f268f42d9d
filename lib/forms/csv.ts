import type { ChoiceField, FormDefinition, GroupRow, LeafField, Text } from "./types";
import { unknownName } from "./types";
import { allFields, resolver } from "./engine";
import { plainText } from "../validation/rules";

// A form as one CSV row: the save file of 入力中のデータを保存する and the bulk templates share these
// columns. Each column's id is its Japanese header, prefixed by its section as the official bulk
// tool does (身分事項_国籍・地域); a group expands to its maximum number of rows (在日親族1_続柄).

/** One column: its header (the stable id), the answer it holds and the field that reads it. */
export type CsvColumn = {
  key: string;
  header: string;
  field: LeafField;
  /** The id of the section it is in. */
  section: string;
  group?: { name: string; row: number };
};

/** Several checkbox answers in one cell. No option of any form contains it. */
export const MULTI_SEPARATOR = "|";
/** 生年月日 不詳 as the official tool writes it: 年月日不詳, 月日不詳 (YYYY0000), 日不詳 (YYYYMM00). */
const ALL_UNKNOWN = "99999999";

/** The form's columns in form order. */
export function csvColumns(def: FormDefinition): CsvColumn[] {
  const ja = resolver("ja");
  const out: CsvColumn[] = [];
  for (const section of def.sections) {
    const prefix = section.title ? `${ja(section.title)}_` : "";
    for (const f of section.fields) {
      if (f.type === "hidden") continue;
      if (f.type !== "group") {
        out.push({ key: f.name, header: prefix + (f.csv ?? ja(f.label)), field: f, section: section.id });
        continue;
      }
      for (let row = 0; row < f.max; row++)
        for (const c of f.fields)
          out.push({
            key: `${f.name}.${row}.${c.name}`,
            header: `${prefix}${f.csv ?? ja(f.label)}${row + 1}_${c.csv ?? ja(c.label)}`,
            field: c,
            section: section.id,
            group: { name: f.name, row },
          });
    }
  }
  // A label repeated within a section (two 電話番号) keeps its place and gains its field's name.
  const seen = new Set<string>();
  for (const col of out) {
    if (seen.has(col.header)) col.header = `${col.header}[${col.key}]`;
    seen.add(col.header);
  }
  return out;
}

function dateCell(f: LeafField, value: string, mode: string | undefined): string {
  if (f.type !== "date" || !f.unknownParts || !mode || mode === "none") return value;
  if (mode === "ymd") return ALL_UNKNOWN;
  return mode === "md" ? `${value}0000` : `${value}00`;
}

function leafCell(f: LeafField, value: unknown, mode?: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(MULTI_SEPARATOR);
  return dateCell(f, typeof value === "string" ? value : "", typeof mode === "string" ? mode : undefined);
}

/** The answers as cells, in column order. */
export function rowOf(def: FormDefinition, values: Record<string, unknown>): string[] {
  return csvColumns(def).map((col) => {
    const { field: f } = col;
    if (!col.group) return leafCell(f, values[f.name], values[unknownName(f.name)]);
    const rows = Array.isArray(values[col.group.name]) ? (values[col.group.name] as GroupRow[]) : [];
    const row = rows[col.group.row];
    return row ? leafCell(f, row[f.name], row[unknownName(f.name)]) : "";
  });
}

/** A cell that could not be read as its field's answer; its value is left out. */
export type CellProblem = { header: string; key: string; kind: "option" | "date"; value: string };

const fold = (s: string) => s.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();

/**
 * A choice as written: the stored value, either label, or both as the official tool's drop-downs
 * show them (「有 Yes」).
 */
export function optionOf(f: ChoiceField, written: string): string | null {
  const w = fold(written);
  for (const o of f.options) {
    const ja = "ja" in o.label ? o.label.ja : o.value;
    const en = "en" in o.label ? o.label.en : "";
    const forms = [o.value, ja, en, `${o.value} ${en}`, `${ja} ${en}`].filter(Boolean).map(fold);
    if (forms.includes(w)) return o.value;
  }
  return null;
}

type Read = { value: string | string[]; unknown?: string; problem?: CellProblem["kind"] };

function readCell(f: LeafField, raw: string): Read {
  const cell = plainText(raw).trim();
  if (f.type === "checkbox") {
    const parts = cell
      .split(MULTI_SEPARATOR)
      .map((x) => x.trim())
      .filter(Boolean);
    const chosen = parts.map((p) => optionOf(f, p));
    return chosen.every((x) => x !== null)
      ? { value: [...new Set(chosen as string[])] }
      : { value: chosen.filter((x): x is string => x !== null), problem: "option" };
  }
  if ((f.type === "select" || f.type === "radio") && cell) {
    const v = optionOf(f, cell);
    return v === null ? { value: "", problem: "option" } : { value: v };
  }
  if (f.type === "date" && f.unknownParts) {
    const digits = cell.normalize("NFKC");
    if (digits === ALL_UNKNOWN) return { value: "", unknown: "ymd" };
    if (/^\d{4}0000$/.test(digits)) return { value: digits.slice(0, 4), unknown: "md" };
    if (/^\d{6}00$/.test(digits)) return { value: digits.slice(0, 6), unknown: "d" };
    return { value: cell, unknown: "none" };
  }
  return { value: cell };
}

/**
 * A row's cells (by header) as the form's raw answers, for the same normalise and validate as the
 * screen. Cells of unknown headers are ignored here (the caller names them); a choice that is not
 * one of the field's options is left out and reported.
 */
export function valuesOfRow(
  def: FormDefinition,
  cells: Map<string, string>,
): { values: Record<string, unknown>; problems: CellProblem[] } {
  const values: Record<string, unknown> = {};
  const problems: CellProblem[] = [];
  const groups = new Map<string, Map<number, GroupRow>>();
  for (const col of csvColumns(def)) {
    const raw = cells.get(col.header);
    if (raw === undefined) continue;
    const read = readCell(col.field, raw);
    if (read.problem)
      problems.push({ header: col.header, key: col.key, kind: read.problem, value: plainText(raw, 200) });
    const name = col.field.name;
    if (!col.group) {
      values[name] = read.value;
      if (read.unknown) values[unknownName(name)] = read.unknown;
      continue;
    }
    const rows = groups.get(col.group.name) ?? new Map<number, GroupRow>();
    groups.set(col.group.name, rows);
    const row = rows.get(col.group.row) ?? {};
    rows.set(col.group.row, row);
    row[name] = read.value;
    if (read.unknown) row[unknownName(name)] = read.unknown;
  }
  // Group rows keep their order; wholly empty ones (the template's unused rows) are dropped.
  for (const f of allFields(def))
    if (f.type === "group" && groups.has(f.name))
      values[f.name] = [...groups.get(f.name)!.entries()]
        .sort(([a], [b]) => a - b)
        .map(([, row]) => row)
        .filter((row) =>
          Object.entries(row).some(([k, v]) =>
            k.endsWith("Unknown") ? v !== "none" : Array.isArray(v) ? v.length > 0 : v !== "",
          ),
        );
  return { values, problems };
}

/** A column's field as the screen names it, in the reader's language (在日親族 2 続柄). */
export function columnLabel(def: FormDefinition, key: string, tx: (t: Text) => string): string | null {
  const [name, row, child] = key.split(".");
  const f = allFields(def).find((x) => x.name === name);
  if (!f || f.type === "hidden") return null;
  if (f.type !== "group" || child === undefined) return tx(f.label);
  const c = f.fields.find((x) => x.name === child);
  return c ? `${tx(f.label)} ${Number(row) + 1} ${tx(c.label)}` : null;
}
