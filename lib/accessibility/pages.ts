import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// The service's screens as files: every page.tsx under app/[locale], and which one a URL opens.

const APP_DIR = path.join("app", "[locale]");

/** Every page file of the service, relative to the repository root. */
export function pageFiles(root = process.cwd()): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (entry.name === "page.tsx") found.push(rel.split(path.sep).join("/"));
    }
  };
  walk(APP_DIR);
  return found.sort();
}

// Next.js precedence: a static segment beats [param], which beats [...catchAll].
const segmentsOf = (file: string) => file.split("/").slice(2, -1);
function rank(file: string, parts: string[]): number[] | undefined {
  const segs = segmentsOf(file);
  const score: number[] = [];
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    if (seg.startsWith("[...")) return i < parts.length ? [...score, 0] : undefined;
    if (i >= parts.length) return undefined;
    if (seg.startsWith("[")) score.push(1);
    else if (seg === parts[i]) score.push(2);
    else return undefined;
  }
  return segs.length === parts.length ? score : undefined;
}

const beats = (a: number[], b: number[]) => {
  const i = a.findIndex((x, j) => x !== b[j]);
  return i >= 0 && a[i] > (b[i] ?? -1);
};

/** The page file that serves a path without its locale ("/notices/x?y" → …/notices/[id]/page.tsx). */
export function pageFileOf(urlPath: string, files: string[]): string | undefined {
  const parts = urlPath.split(/[?#]/)[0].split("/").filter(Boolean);
  let best: { file: string; score: number[] } | undefined;
  for (const file of files) {
    const score = rank(file, parts);
    if (score && (!best || beats(score, best.score))) best = { file, score };
  }
  return best?.file;
}

/** A short fingerprint of a page file: results recorded under another one describe an older page. */
export function pageHash(file: string, root = process.cwd()): string {
  return crypto
    .createHash("sha256")
    .update(fs.readFileSync(path.join(root, file)))
    .digest("hex")
    .slice(0, 16);
}
