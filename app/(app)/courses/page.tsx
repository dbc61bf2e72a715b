import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/server/auth/session-user";
import { listCourses } from "@/server/courses/list-courses";

export const metadata: Metadata = { title: "Courses" };

export default async function CoursesPage() {
  const user = await requirePageUser();
  const courses = await listCourses(user);
  return (
    <>
      <PageHeader title="Courses" description="Each course is a set of source documents and the question sets made from them." />
      {courses.length === 0 ? (
        <EmptyState title="No courses yet">Courses appear here once an instructor publishes a question set.</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {courses.map((course) => (
            <li key={course.id}>
              <Card>
                <h2 className="text-lg font-semibold">
                  <Link href={`/courses/${course.slug}`} className="text-brand-700 underline">{course.title}</Link>
                </h2>
                {course.description && <p className="mt-1 text-sm text-slate-700">{course.description}</p>}
                <p className="mt-2 text-sm text-slate-600">{course.documentCount} documents · {course.publishedSetCount} question sets</p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
