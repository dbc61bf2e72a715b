import type { Metadata } from "next";
import { OptimizerPanel } from "@/components/study/optimizer-panel";
import { StudySettingsForm } from "@/components/study/study-settings-form";
import { TimeZoneCookie } from "@/components/study/time-zone-cookie";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/server/auth/session-user";
import { readUtcOffsetCookieOrNull } from "@/server/http/read-utc-offset";
import { getParameterFit } from "@/server/study/get-parameter-fit";
import { getStudySettings } from "@/server/study/get-study-settings";

export const metadata: Metadata = { title: "Study settings" };

export default async function StudySettingsPage() {
  const user = await requirePageUser();
  const [settings, fit, tz] = await Promise.all([getStudySettings(user.id), getParameterFit(user.id), readUtcOffsetCookieOrNull()]);
  return (
    <>
      <TimeZoneCookie current={tz} />
      <PageHeader title="Study settings" description="How the spaced-repetition scheduler plans your reviews." />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="scheduling-heading">
          <h2 id="scheduling-heading" className="mb-4 text-lg font-semibold">Scheduling</h2>
          <StudySettingsForm values={settings} />
        </Card>
        <Card aria-labelledby="optimizer-heading">
          <h2 id="optimizer-heading" className="mb-4 text-lg font-semibold">Personal parameters</h2>
          <OptimizerPanel initial={fit} fittedAt={settings.parametersFittedAt?.toISOString() ?? null} />
        </Card>
      </div>
    </>
  );
}
