import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/instructor/action-button";
import { formatDuration } from "@/components/quiz/format-quiz";
import { LocalTime } from "@/components/quiz/local-time";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { formatJoinCode } from "@/lib/quiz/generate-join-code";
import { instructorRoles, requirePageUser } from "@/server/auth/session-user";
import { getTaughtClass } from "@/server/classes/get-taught-class";
import { listRoster } from "@/server/classes/list-roster";
import { orNotFound } from "@/server/http/not-found-on-app-error";
import { listClassAssignments } from "@/server/quiz/list-class-assignments";
import { removeStudentAction } from "./actions";

export const metadata: Metadata = { title: "Class" };

export default async function InstructorClassPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const user = await requirePageUser(instructorRoles);
  const { classId } = await params;
  const { created } = await searchParams;
  const cls = await orNotFound(getTaughtClass(user, classId));
  const [roster, assignments] = await Promise.all([listRoster(user, cls.id), listClassAssignments(user, cls.id)]);
  const base = `/instructor/classes/${cls.id}`;
  return (
    <>
      <PageHeader
        title={cls.name}
        description={<Link href="/instructor/classes" className="text-brand-700 underline">All classes</Link>}
        actions={
          <>
            <Link href={`${base}/gradebook`} className={buttonClass("secondary")}>Gradebook</Link>
            <Link href={`${base}/assignments/new`} className={buttonClass("primary")}>Assign a quiz</Link>
          </>
        }
      />
      {created && <Alert tone="success" className="mb-4">Class created. Give your students the join code below.</Alert>}
      <Card className="mb-6">
        <h2 className="text-sm font-medium text-slate-700">Join code</h2>
        <p className="mt-1 font-mono text-3xl font-semibold tracking-widest text-slate-900" data-testid="join-code">{formatJoinCode(cls.joinCode)}</p>
        <p className="mt-1 text-sm text-slate-700">Students join at <span className="font-mono">/classes/join</span> with this code.</p>
      </Card>

      <section aria-labelledby="assignments-heading" className="mb-8">
        <h2 id="assignments-heading" className="mb-3 text-lg font-semibold text-slate-900">Assigned quizzes</h2>
        {assignments.length === 0 ? (
          <EmptyState title="No quizzes assigned yet">Assign a quiz from one of your published question sets.</EmptyState>
        ) : (
          <Table caption="Assigned quizzes">
            <thead className="bg-slate-50">
              <tr><Th>Quiz</Th><Th>Question set</Th><Th>Opens</Th><Th>Due</Th><Th>Time limit</Th><Th>Submitted</Th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {assignments.map((a) => (
                <tr key={a.id}>
                  <Td><Link href={`${base}/assignments/${a.id}`} className="font-medium text-brand-700 underline">{a.title}</Link></Td>
                  <Td>{a.questionSet.title}</Td>
                  <Td><LocalTime iso={a.opensAt.toISOString()} /></Td>
                  <Td><LocalTime iso={a.dueAt.toISOString()} /></Td>
                  <Td>{formatDuration(a.timeLimitSeconds)}</Td>
                  <Td>{a.submittedStudents} of {roster.students.length}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>

      <section aria-labelledby="roster-heading">
        <h2 id="roster-heading" className="mb-3 text-lg font-semibold text-slate-900">Students ({roster.students.length})</h2>
        {roster.students.length === 0 ? (
          <EmptyState title="Nobody has joined yet">Students appear here once they join with the code.</EmptyState>
        ) : (
          <Table caption="Students">
            <thead className="bg-slate-50">
              <tr><Th>Name</Th><Th>Email</Th><Th>Joined</Th><Th><span className="sr-only">Actions</span></Th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {roster.students.map((s) => (
                <tr key={s.user.id}>
                  <Td>{s.user.name ?? "—"}</Td>
                  <Td>{s.user.email}</Td>
                  <Td><LocalTime iso={s.joinedAt.toISOString()} /></Td>
                  <Td>
                    <ActionButton
                      action={removeStudentAction}
                      fields={{ classId: cls.id, userId: s.user.id }}
                      label="Remove"
                      pendingLabel="Removing…"
                      variant="danger"
                      ariaLabel={`Remove ${s.user.name ?? s.user.email} from the class`}
                    />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {roster.removed.length > 0 && (
          <p className="mt-3 text-sm text-slate-700">
            Removed: {roster.removed.map((s) => s.user.name ?? s.user.email).join(", ")}. Their past attempts stay in the results export.
          </p>
        )}
      </section>
    </>
  );
}
