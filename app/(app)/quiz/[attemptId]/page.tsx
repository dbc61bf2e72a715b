import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { QuizTaker } from "@/components/quiz/quiz-taker";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/server/auth/session-user";
import { currentTime } from "@/server/clock";
import { orNotFound } from "@/server/http/not-found-on-app-error";
import { getAttemptForTaking } from "@/server/quiz/get-attempt-for-taking";

export const metadata: Metadata = { title: "Quiz" };
export const dynamic = "force-dynamic";

export default async function TakeQuizPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const user = await requirePageUser();
  const { attemptId } = await params;
  const state = await orNotFound(getAttemptForTaking(user, { attemptId }, await currentTime()));
  if (state.state === "submitted") redirect(`/quiz/${attemptId}/results`);
  const { payload } = state;
  return (
    <>
      <PageHeader title={payload.assignmentTitle} description={`Attempt ${payload.attemptNumber}. Each answer is saved as you give it.`} />
      <QuizTaker payload={payload} resultsUrl={`/quiz/${attemptId}/results`} />
    </>
  );
}
