import type { Metadata } from "next";
import Link from "next/link";
import { addQuestionAction, approvePendingAction, publishQuestionSetAction } from "./actions";
import { ActionButton } from "@/components/instructor/action-button";
import { ImportCsvForm } from "@/components/instructor/import-csv-form";
import { QuestionForm } from "@/components/instructor/question-form";
import { QuestionReviewItem } from "@/components/instructor/question-review-item";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { instructorRoles, requirePageUser } from "@/server/auth/session-user";
import { getQuestionSetReview, REVIEW_PAGE_SIZE } from "@/server/content/get-question-set-review";
import { orNotFound } from "@/server/http/not-found-on-app-error";

export const metadata: Metadata = { title: "Review question set" };

const FILTERS = [
  ["all", "All"],
  ["pending", "Pending"],
  ["approved", "Approved"],
  ["rejected", "Rejected"],
] as const;

export default async function QuestionSetReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ setId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { setId } = await params;
  const query = await searchParams;
  const user = await requirePageUser(instructorRoles);
  const review = await orNotFound(getQuestionSetReview(user, setId, { status: query.status, page: query.page }));
  const { set, counts, filter } = review;
  const base = `/instructor/question-sets/${set.id}`;
  const href = (status: string, page = 1) => `${base}?status=${status}${page > 1 ? `&page=${page}` : ""}`;
  const uploaded = typeof query.uploaded === "string" ? Number(query.uploaded) : null;
  return (
    <>
      <PageHeader
        title={set.title}
        description={
          <>
            {set.course.title}
            {set.document ? <> · from “{set.document.sourceName || set.document.title}”</> : null} ·{" "}
            <Badge tone={set.status === "published" ? "success" : "warning"}>{set.status}</Badge>
          </>
        }
        actions={
          <>
            <a href={`${base}/export`} className={buttonClass("secondary")} download>Export CSV</a>
            {set.status === "draft" ? (
              <ActionButton action={publishQuestionSetAction} fields={{ setId: set.id, intent: "publish" }} label="Publish set" variant="primary" size="md" />
            ) : (
              <ActionButton action={publishQuestionSetAction} fields={{ setId: set.id, intent: "unpublish" }} label="Unpublish" size="md" />
            )}
          </>
        }
      />
      {uploaded !== null && Number.isFinite(uploaded) && (
        <Alert tone="success" className="mb-4">
          {uploaded} questions were generated. Review them, approve the good ones, then publish the set.
        </Alert>
      )}
      {set.status === "published" && (
        <Alert className="mb-4">
          Students see the approved questions of this set. <Link href={`/courses/${set.course.slug}`} className="underline">Open the course</Link>
        </Alert>
      )}
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="questions-heading">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <h2 id="questions-heading" className="text-lg font-semibold">Questions</h2>
            {counts.pending > 0 && (
              <ActionButton action={approvePendingAction} fields={{ setId: set.id }} label={`Approve all ${counts.pending} pending`} />
            )}
          </div>
          <nav aria-label="Filter questions by status" className="mb-4 flex flex-wrap gap-2">
            {FILTERS.map(([value, label]) => {
              const count = value === "all" ? counts.pending + counts.approved + counts.rejected : counts[value];
              const current = filter.status === value;
              return (
                <Link key={value} href={href(value)} aria-current={current ? "page" : undefined} className={buttonClass(current ? "primary" : "secondary", "sm")}>
                  {label} ({count})
                </Link>
              );
            })}
          </nav>
          {review.questions.length === 0 ? (
            <EmptyState title="No questions here">Add your own question, import a CSV, or choose another filter.</EmptyState>
          ) : (
            <ol className="space-y-4">
              {review.questions.map((question, i) => (
                <QuestionReviewItem key={question.id} setId={set.id} question={{ ...question, number: (filter.page - 1) * REVIEW_PAGE_SIZE + i + 1 }} />
              ))}
            </ol>
          )}
          {review.pageCount > 1 && (
            <nav aria-label="Pages" className="mt-4 flex items-center gap-3 text-sm">
              {filter.page > 1 && <Link href={href(filter.status, filter.page - 1)} className={buttonClass("secondary", "sm")}>Previous page</Link>}
              <span>Page {filter.page} of {review.pageCount}</span>
              {filter.page < review.pageCount && <Link href={href(filter.status, filter.page + 1)} className={buttonClass("secondary", "sm")}>Next page</Link>}
            </nav>
          )}
        </section>
        <div className="space-y-6">
          <Card aria-labelledby="add-heading">
            <h2 id="add-heading" className="mb-3 text-lg font-semibold">Add your own question</h2>
            <QuestionForm action={addQuestionAction} hidden={{ setId: set.id }} submitLabel="Add question" />
          </Card>
          <Card aria-labelledby="import-heading">
            <h2 id="import-heading" className="mb-3 text-lg font-semibold">Import from CSV</h2>
            <ImportCsvForm setId={set.id} />
          </Card>
        </div>
      </div>
    </>
  );
}
