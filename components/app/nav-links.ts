import type { Role } from "@/server/auth/session-user";

/** The app's main navigation; each feature adds its entry here. */
export const navLinks: { href: string; label: string; roles: Role[] }[] = [
  { href: "/dashboard", label: "Dashboard", roles: ["student", "instructor", "admin"] },
  { href: "/courses", label: "Courses", roles: ["student", "instructor", "admin"] },
  { href: "/study", label: "Study", roles: ["student", "instructor", "admin"] },
  { href: "/stats", label: "Stats", roles: ["student", "instructor", "admin"] },
  { href: "/classes", label: "Classes", roles: ["student"] },
  { href: "/instructor/question-sets", label: "Question sets", roles: ["instructor", "admin"] },
  { href: "/instructor/classes", label: "Teaching", roles: ["instructor", "admin"] },
  { href: "/admin/users", label: "Users", roles: ["admin"] },
];
