// Demo and test seed: realistic notices (ja + en, dated, one long). Idempotent.
import { db } from "../lib/db/client";
import { seedNotices } from "../lib/notices/seed-data";

const prisma = db();
const created = await seedNotices(prisma);
console.log(`seed: ${created} notices created`);
await prisma.$disconnect();
