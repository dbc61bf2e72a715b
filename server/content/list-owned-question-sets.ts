import "server-only";
import { db } from "@/server/db/client";
import type { SessionUser } from "@/server/auth/session-user";

/** The instructor's question sets, newest first, with question counts by review status. */
export async function listOwnedQuestionSets(user: SessionUser) {
  const sets = await db.questionSet.findMany({
    where: { ownerId: user.id },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      status: true,
      updatedAt: true,
      course: { select: { slug: true, title: true } },
      document: { select: { title: true } },
    },
  });
  const counts = await db.question.groupBy({
    by: ["questionSetId", "status"],
    where: { questionSetId: { in: sets.map((s) => s.id) } },
    _count: { _all: true },
  });
  return sets.map((set) => {
    const byStatus = { pending: 0, approved: 0, rejected: 0 };
    for (const c of counts) if (c.questionSetId === set.id) byStatus[c.status] = c._count._all;
    return { ...set, counts: byStatus };
  });
}
