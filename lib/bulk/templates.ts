import iconv from "iconv-lite";
import { stringify } from "csv-stringify/sync";
import type { Bilingual, FormDefinition } from "../forms/types";
import { csvColumns, type CsvColumn } from "../forms/csv";
import { hspForms, residenceForms } from "../forms/definitions/residence/forms";
import { formFor } from "../forms/registry";
import { acceptedStatuses, categoryOf } from "../procedures/statuses";
import { HSP_STATUSES } from "../forms/points";
import { utf8WithBom } from "../files/text";

// 一括申請 (§5.1): one template per bulk procedure and 区分 (and per 高度専門職の類型, whose form adds
// the points table). Its columns are the form's CSV columns, so every cell is read by the same
// definition, normalised and validated as on the single 申込 screen.

/** The single procedure whose form a bulk procedure files, once per applicant. */
export const BULK_BASE: Record<string, "coe" | "change" | "extension"> = {
  "bulk-coe": "coe",
  "bulk-change": "change",
  "bulk-extension": "extension",
};
export const isBulk = (code: string) => code in BULK_BASE;

export type BulkTemplate = { key: string; def: FormDefinition; label: Bilingual; statuses: string[] };

/** The templates a bulk procedure offers: one per 区分, then one per 高度専門職の類型. */
export function bulkTemplates(bulkCode: string): BulkTemplate[] {
  const base = BULK_BASE[bulkCode];
  if (!base) return [];
  const accepted = (acceptedStatuses(base) ?? []).map((s) => s.ja);
  const byCategory = Object.entries(residenceForms[base]).flatMap(([letter, def]) => {
    const statuses = accepted.filter((s) => categoryOf(s) === letter && !HSP_STATUSES[s]);
    return def && statuses.length
      ? [
          {
            key: letter,
            def,
            statuses,
            label: { ja: `区分${letter}（${statuses.join("、")}）`, en: `Category ${letter} (${statuses.join(", ")})` },
          },
        ]
      : [];
  });
  const hsp = Object.entries(HSP_STATUSES)
    .filter(([status]) => formFor(base, status))
    .map(([status, type]) => ({
      key: type,
      def: hspForms[base][type],
      statuses: [status],
      label: { ja: status, en: `Highly Skilled Professional (${type})` },
    }));
  return [...byCategory, ...hsp];
}

export const templateFor = (bulkCode: string, key: string) => bulkTemplates(bulkCode).find((t) => t.key === key);

export type TemplateEncoding = "utf-8" | "shift_jis";

/** The template as a CSV: the header row of the official tool's style, in UTF-8 (BOM) or Shift_JIS. */
export function templateCsv(def: FormDefinition, encoding: TemplateEncoding): Uint8Array {
  const csv = stringify([csvColumns(def).map((c) => c.header)], { record_delimiter: "windows" });
  return encoding === "utf-8" ? utf8WithBom(csv) : new Uint8Array(iconv.encode(csv, "cp932"));
}

/**
 * The official tool's three sheets: 申請情報入力 (the applicant's 身分事項, how to receive, the
 * declaration), the 区分 part (the rest of the applicant's items, the organization's, the points
 * table) and 同時申請. Applicant n is data row n of every sheet.
 */
export type BulkPart = { id: "main" | "category" | "simultaneous"; sheet: string; columns: CsvColumn[] };

export const SHEET_MAIN = "申請情報入力";

export function templateParts(template: BulkTemplate): BulkPart[] {
  const steps = template.def.steps ?? [];
  const stepOf = new Map(
    steps.flatMap((s) => s.sections.map((id, i) => [id, { step: s.id, first: i === 0 }] as const)),
  );
  const partOf = (section: string): BulkPart["id"] => {
    const at = stepOf.get(section);
    if (at?.step === "simultaneous") return "simultaneous";
    if (at?.step === "organization" || at?.step === "points" || (at?.step === "applicant" && !at.first))
      return "category";
    return "main";
  };
  const kind = /^[A-Z]$/.test(template.key) ? `区分${template.key}` : `高度専門職${template.key}`;
  const parts: BulkPart[] = [
    { id: "main", sheet: SHEET_MAIN, columns: [] },
    { id: "category", sheet: `${SHEET_MAIN}(${kind})`, columns: [] },
    { id: "simultaneous", sheet: `${SHEET_MAIN}(同時申請)`, columns: [] },
  ];
  for (const c of csvColumns(template.def)) parts.find((p) => p.id === partOf(c.section))!.columns.push(c);
  return parts.filter((p) => p.columns.length > 0);
}
