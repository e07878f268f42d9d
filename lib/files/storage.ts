import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { UTApi, UTFile } from "uploadthing/server";

/** Where attachment bytes live. Our server has checked every file before it gets here. */
export interface FileStore {
  readonly kind: "local" | "uploadthing";
  put(bytes: Uint8Array, name: string, type: string): Promise<string>;
  get(key: string): Promise<Uint8Array | null>;
  remove(key: string): Promise<void>;
}

const LOCAL_KEY = /^[a-f0-9]{32}$/;

/** Local disk outside `public/`: files are served only through the authorising route. */
export class LocalFileStore implements FileStore {
  readonly kind = "local";
  constructor(private readonly dir: string) {}
  async put(bytes: Uint8Array): Promise<string> {
    const key = randomBytes(16).toString("hex");
    await mkdir(this.dir, { recursive: true });
    await writeFile(path.join(this.dir, key), bytes, { flag: "wx" });
    return key;
  }
  async get(key: string) {
    if (!LOCAL_KEY.test(key)) return null;
    try {
      return new Uint8Array(await readFile(path.join(this.dir, key)));
    } catch {
      return null;
    }
  }
  async remove(key: string) {
    if (LOCAL_KEY.test(key)) await rm(path.join(this.dir, key), { force: true });
  }
}

/** UploadThing (hosted), used when UPLOADTHING_TOKEN is set: private files, read by signed URL. */
export class UploadThingFileStore implements FileStore {
  readonly kind = "uploadthing";
  private readonly api: UTApi;
  constructor(
    token: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {
    this.api = new UTApi({ token, fetch: fetchImpl, logLevel: "Error" });
  }
  async put(bytes: Uint8Array, name: string, type: string) {
    const result = await this.api.uploadFiles(new UTFile([bytes as BlobPart], name, { type }), { acl: "private" });
    if (result.error || !result.data)
      throw new Error(`UploadThing upload failed: ${result.error?.message ?? "no data"}`);
    return result.data.key;
  }
  async get(key: string) {
    const { ufsUrl } = await this.api.generateSignedURL(key, { expiresIn: 60 });
    const res = await this.fetchImpl(ufsUrl);
    return res.ok ? new Uint8Array(await res.arrayBuffer()) : null;
  }
  async remove(key: string) {
    await this.api.deleteFiles(key);
  }
}

export function createFileStore(env: NodeJS.ProcessEnv = process.env): FileStore {
  if (env.UPLOADTHING_TOKEN) return new UploadThingFileStore(env.UPLOADTHING_TOKEN);
  return new LocalFileStore(path.resolve(env.UPLOAD_DIR ?? ".data/uploads"));
}

let store: FileStore | undefined;
export function fileStore(): FileStore {
  return (store ??= createFileStore());
}
