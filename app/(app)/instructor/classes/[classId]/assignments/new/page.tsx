import type { Metadata } from "next";
import Link from "next/link";
import { AssignmentForm } from "@/components/classes/assignment-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { instructorRoles, requirePageUser } from "@/server/auth/session-user";
import { getTaughtClass } from "@/server/classes/get-taught-class";
import { orNotFound } from "@/server/http/not-found-on-app-error";
import { listUsableQuestionSets } from "@/server/quiz/list-usable-question-sets";

export const metadata: Metadata = { title: "Assign a quiz" };

export default async function NewAssignmentPage({ params }: { params: Promise<{ classId: string }> }) {
  const user = await requirePageUser(instructorRoles);
  const { classId } = await params;
  const cls = await orNotFound(getTaughtClass(user, classId));
  const sets = await listUsableQuestionSets(user);
  return (
    <>
      <PageHeader
        title="Assign a quiz"
        description={<>To <Link href={`/instructor/classes/${cls.id}`} className="text-brand-700 underline">{cls.name}</Link></>}
      />
      <Card className="max-w-3xl">
        <AssignmentForm classId={cls.id} sets={sets} />
      </Card>
    </>
  );
}
