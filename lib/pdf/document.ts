import fs from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";

// Noto Sans JP (SIL OFL 1.1) installed from npm with the project; every PDF embeds the subset it uses,
// so it prints the same on any reader, with or without Japanese fonts.
const FONT_FILE = path.join(
  process.cwd(),
  "node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf",
);
let fontBytes: Promise<Buffer> | undefined;
const loadFont = () => (fontBytes ??= fs.readFile(FONT_FILE));

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 50;
const INK = rgb(0.1, 0.1, 0.1);

/** Splits text into lines that fit `width`: at spaces in Latin text, anywhere in Japanese. */
export function wrap(text: string, width: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    for (const ch of paragraph) {
      const next = line + ch;
      if (measure(next) <= width || !line) {
        line = next;
        continue;
      }
      const space = line.lastIndexOf(" ");
      if (ch !== " " && space > 0 && /^[\x21-\x7e]+$/.test(line.slice(space + 1))) {
        out.push(line.slice(0, space));
        line = line.slice(space + 1) + ch;
      } else {
        out.push(line);
        line = ch === " " ? "" : ch;
      }
    }
    out.push(line);
  }
  return out;
}

/** A plain A4 document written top to bottom, in one embedded Japanese font, paged as it fills. */
export class PdfWriter {
  private page!: PDFPage;
  private y = 0;
  private constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
  ) {
    this.newPage();
  }

  static async create(meta: { title: string; lang: string }) {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const font = await doc.embedFont(await loadFont(), { subset: true });
    doc.setTitle(meta.title, { showInWindowTitleBar: true });
    doc.setLanguage(meta.lang);
    doc.setCreator("在留申請オンラインシステム");
    doc.setProducer("在留申請オンラインシステム");
    return new PdfWriter(doc, font);
  }

  private newPage() {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
  }

  private room(height: number) {
    if (this.y - height < MARGIN + 20) this.newPage();
  }

  private measure = (size: number) => (s: string) => this.font.widthOfTextAtSize(s, size);

  /** Text wrapped within the column from `x` (offset from the margin) to the right margin. */
  text(value: string, size = 10, { x = 0, gapAfter = 4 } = {}) {
    const width = A4.width - 2 * MARGIN - x;
    const lineHeight = size * 1.5;
    for (const line of wrap(value, width, this.measure(size))) {
      this.room(lineHeight);
      this.y -= lineHeight;
      if (line) this.page.drawText(line, { x: MARGIN + x, y: this.y, size, font: this.font, color: INK });
    }
    this.y -= gapAfter;
  }

  heading(value: string, size = 14) {
    this.room(size * 4);
    this.y -= size * 0.5;
    this.text(value, size, { gapAfter: 6 });
    this.rule();
  }

  /** A label and its value side by side; the value wraps in its own column. */
  pair(label: string, value: string, { labelWidth = 190, size = 9.5 } = {}) {
    const lineHeight = size * 1.5;
    const labels = wrap(label, labelWidth - 10, this.measure(size));
    const values = wrap(value || "—", A4.width - 2 * MARGIN - labelWidth, this.measure(size));
    const lines = Math.max(labels.length, values.length);
    if (lines < 40) this.room(lines * lineHeight);
    for (let i = 0; i < lines; i++) {
      this.room(lineHeight);
      this.y -= lineHeight;
      const draw = (s: string | undefined, x: number) =>
        s && this.page.drawText(s, { x, y: this.y, size, font: this.font, color: INK });
      draw(labels[i], MARGIN);
      draw(values[i], MARGIN + labelWidth);
    }
    this.y -= 5;
    this.rule(0.3);
  }

  rule(thickness = 0.8) {
    this.y -= 3;
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: A4.width - MARGIN, y: this.y },
      thickness,
      color: rgb(0.45, 0.45, 0.45),
    });
    this.y -= 4;
  }

  /** A JPEG at its place in the flow, `width` points wide. */
  async jpeg(bytes: Uint8Array, width: number) {
    const image = await this.doc.embedJpg(bytes);
    const height = (image.height / image.width) * width;
    this.room(height + 6);
    this.y -= height + 6;
    this.page.drawImage(image, { x: MARGIN, y: this.y, width, height });
    this.y -= 6;
  }

  gap(points: number) {
    this.y -= points;
  }

  /** Adds 「n / N」 at the foot of each page and returns the file. */
  async save(footer = "") {
    const pages = this.doc.getPages();
    pages.forEach((p, i) => {
      const label = `${footer ? footer + "  " : ""}${i + 1} / ${pages.length}`;
      const size = 8;
      p.drawText(label, {
        x: A4.width - MARGIN - this.font.widthOfTextAtSize(label, size),
        y: MARGIN - 20,
        size,
        font: this.font,
        color: INK,
      });
    });
    return this.doc.save();
  }
}
