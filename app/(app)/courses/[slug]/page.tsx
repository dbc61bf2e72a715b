import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/server/auth/session-user";
import { getCourse } from "@/server/courses/get-course";
import { orNotFound } from "@/server/http/not-found-on-app-error";

export const metadata: Metadata = { title: "Course" };

export default async function CoursePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requirePageUser();
  const course = await orNotFound(getCourse(user, slug));
  const published = course.questionSets.filter((set) => set.status === "published");
  return (
    <>
      <PageHeader
        title={course.title}
        description={course.description || undefined}
        actions={published.length > 0 && <Link href={`/study/course/${course.slug}`} className={buttonClass("primary")}>Study this course</Link>}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="documents-heading">
          <h2 id="documents-heading" className="mb-3 text-lg font-semibold">Documents</h2>
          {course.documents.length === 0 ? (
            <EmptyState title="This course has no documents yet" />
          ) : (
            <ol className="divide-y divide-slate-100">
              {course.documents.map((document) => (
                <li key={document.id} className="flex items-center justify-between gap-3 py-2">
                  <Link href={`/courses/${course.slug}/documents/${document.slug}`} className="font-medium text-brand-700 underline">
                    {document.title}
                  </Link>
                  <span className="text-sm text-slate-600">{document.sectionCount} sections</span>
                </li>
              ))}
            </ol>
          )}
        </Card>
        <Card aria-labelledby="sets-heading">
          <h2 id="sets-heading" className="mb-3 text-lg font-semibold">Question sets</h2>
          {course.questionSets.length === 0 ? (
            <EmptyState title="No question sets yet" />
          ) : (
            <ul className="divide-y divide-slate-100">
              {course.questionSets.map((set) => (
                <li key={set.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span className="font-medium">{set.title}</span>
                  <span className="flex items-center gap-2 text-sm text-slate-600">
                    {set.questionCount} questions
                    {set.status === "draft" && <Badge tone="warning">draft</Badge>}
                    {set.status === "published" && (
                      <Link href={`/study/set/${set.id}`} className={buttonClass("secondary", "sm")}>Study</Link>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
