import { PDFDocument, StandardFonts } from "pdf-lib";

// Test files made on the fly: good PDFs and each kind the attachment check must refuse.

export async function validPdf(text = "test document"): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([300, 200]);
  page.drawText(text, { x: 20, y: 100, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** A valid PDF grown to `bytes` by a comment before `startxref` (offsets stay right). */
export async function bigPdf(bytes: number): Promise<Buffer> {
  const base = (await validPdf("big")).toString("latin1");
  const at = base.lastIndexOf("startxref");
  const pad = Math.max(0, bytes - base.length - 2);
  return Buffer.from(`${base.slice(0, at)}%${"x".repeat(pad)}\n${base.slice(at)}`, "latin1");
}

/**
 * A PDF with a standard security handler: `/P` -44 is a password-protected file's usual value,
 * -3904 forbids printing and copying (permission restrictions with an empty user password).
 */
export function encryptedPdf(permissions = -44): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    `<< /Filter /Standard /V 1 /R 2 /O <${"a1".repeat(32)}> /U <${"b2".repeat(32)}> /P ${permissions} >>`,
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${"c3".repeat(16)}> <${"c3".repeat(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

/** A PNG image saved under a .pdf name. */
export const pngRenamed = () =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 1)]);

/** The first 60% of a valid PDF. */
export async function truncatedPdf(): Promise<Buffer> {
  const b = await validPdf("cut");
  return b.subarray(0, Math.floor(b.length * 0.6));
}

export const pdfFile = (name: string, buffer: Buffer) => ({ name, mimeType: "application/pdf", buffer });
