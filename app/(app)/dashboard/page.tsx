import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card } from "@/components/ui/card";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/server/auth/session-user";
import { getDashboard } from "@/server/dashboard/get-dashboard";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requirePageUser();
  const { courses, classes, questionSets } = await getDashboard(user);
  const isStudent = user.role === "student";
  const classHref = (id: string) => (isStudent ? `/classes/${id}` : `/instructor/classes/${id}`);
  return (
    <>
      <PageHeader title={`Welcome, ${user.name ?? user.email}`} description={isStudent ? "Your courses and classes." : "Your classes and question sets."} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="classes-heading">
          <h2 id="classes-heading" className="mb-3 text-lg font-semibold">{isStudent ? "My classes" : "Classes I teach"}</h2>
          {classes.length === 0 ? (
            <EmptyState title={isStudent ? "You haven't joined a class yet" : "You have no classes yet"}>
              {isStudent ? (
                <>Ask your instructor for a join code, then <Link className="text-brand-700 underline" href="/classes/join">join a class</Link>.</>
              ) : (
                <><Link className="text-brand-700 underline" href="/instructor/classes">Create a class</Link> to get a join code for your students.</>
              )}
            </EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {classes.map((item) => (
                <li key={item.id} className="flex items-center justify-between py-2">
                  <Link href={classHref(item.id)} className="font-medium text-brand-700 underline">{item.name}</Link>
                  <span className="text-sm text-slate-600">{item.detail}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card aria-labelledby="courses-heading">
          <h2 id="courses-heading" className="mb-3 text-lg font-semibold">{isStudent ? "My courses" : "Courses"}</h2>
          {courses.length === 0 ? (
            <EmptyState title="No courses yet">Courses appear here once an instructor publishes a question set.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {courses.map((course) => (
                <li key={course.id} className="flex items-center justify-between gap-3 py-2">
                  <Link href={`/courses/${course.slug}`} className="font-medium text-brand-700 underline">{course.title}</Link>
                  <span className="text-sm text-slate-600">
                    {course.documentCount} documents · {course.publishedSetCount} question sets
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {!isStudent && (
          <Card aria-labelledby="sets-heading" className="lg:col-span-2">
            <h2 id="sets-heading" className="mb-3 text-lg font-semibold">My question sets</h2>
            {questionSets.length === 0 ? (
              <EmptyState title="You haven't made a question set yet">
                <Link className="text-brand-700 underline" href="/instructor/documents/new">Upload a document</Link> and Quizwright drafts cited questions from it.
              </EmptyState>
            ) : (
              <ul className="divide-y divide-slate-100">
                {questionSets.map((set) => (
                  <li key={set.id} className="flex items-center justify-between py-2">
                    <Link href={`/instructor/question-sets/${set.id}`} className="font-medium text-brand-700 underline">{set.title}</Link>
                    <span className="flex items-center gap-2 text-sm text-slate-600">
                      {set.questionCount} questions
                      <Badge tone={set.status === "published" ? "success" : "warning"}>{set.status}</Badge>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        )}
      </div>
    </>
  );
}
