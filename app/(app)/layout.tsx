import type { ReactNode } from "react";
import { signOutAction } from "@/app/(auth)/actions";
import { AppNav } from "@/components/app/app-nav";
import { navLinks } from "@/components/app/nav-links";
import { SiteHeader } from "@/components/app/site-header";
import { Badge } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { requirePageUser } from "@/server/auth/session-user";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser();
  const links = navLinks.filter((link) => link.roles.includes(user.role)).map(({ href, label }) => ({ href, label }));
  return (
    <>
      <SiteHeader>
        <AppNav links={links} />
        <div className="flex items-center gap-3 text-sm">
          <span className="text-slate-700">
            {user.name ?? user.email} <Badge tone="info">{user.role}</Badge>
          </span>
          <form action={signOutAction}>
            <Button type="submit" variant="secondary" size="sm">Sign out</Button>
          </form>
        </div>
      </SiteHeader>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
