import type { Metadata } from "next";
import { RoleForm } from "@/components/app/role-form";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listUsers } from "@/server/auth/list-users";
import { requirePageUser } from "@/server/auth/session-user";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await requirePageUser(["admin"]);
  const users = await listUsers(admin);
  return (
    <>
      <PageHeader title="Users" description="Make a user an instructor so they can publish question sets and run classes." />
      <Table caption="All accounts">
        <thead className="bg-slate-50">
          <tr><Th>Name</Th><Th>Email</Th><Th>Joined</Th><Th>Role</Th></tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {users.map((user) => (
            <tr key={user.id}>
              <Td>{user.name ?? "—"}</Td>
              <Td>{user.email}</Td>
              <Td><time dateTime={user.createdAt.toISOString()}>{user.createdAt.toISOString().slice(0, 10)}</time></Td>
              <Td><RoleForm userId={user.id} role={user.role} label={user.email} /></Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
