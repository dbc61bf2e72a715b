import type { Metadata } from "next";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/server/auth/session-user";

export const metadata: Metadata = { title: "Join a class" };

export default async function JoinClassPage() {
  await requirePageUser();
  return (
    <>
      <PageHeader title="Join a class" description="Type the 6-character code your instructor gave you (for example ABC-DEF)." />
      <Card className="max-w-md">
        <JoinClassForm />
      </Card>
    </>
  );
}
