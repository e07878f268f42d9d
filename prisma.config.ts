// Read by the Prisma CLI only (generate); the app connects through @prisma/adapter-pg.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
