import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export function createPrismaClient(connectionString = process.env.DATABASE_URL) {
  if (!connectionString)
    throw new Error("DATABASE_URL is not set (start the app with `npm start` for the embedded database)");
  // The embedded PGlite is one PostgreSQL session behind its socket: concurrent connections would
  // interleave their statements (and transactions), so the launchers set DATABASE_POOL_MAX=1 for it.
  const max = Number(process.env.DATABASE_POOL_MAX) || undefined;
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, connectionTimeoutMillis: 5000, max }) });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** One client per process; created on first use so builds never need a database. */
export function db(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient();
  return globalForPrisma.prisma;
}
