// Embedded PostgreSQL (PGlite, Postgres compiled to WebAssembly) served on loopback,
// so the app and Prisma talk to it exactly as to a real PostgreSQL server.
import fs from "node:fs/promises";
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts PGlite on `dataDir` ("memory://" for a throw-away one); returns its URL and a stop(). */
export async function startEmbeddedDb({ dataDir, port } = {}) {
  if (dataDir && dataDir !== "memory://") await fs.mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ?? "memory://");
  const listenPort = port ?? (await freePort());
  const server = new PGLiteSocketServer({ db, port: listenPort, host: "127.0.0.1", maxConnections: 20 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${listenPort}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
