import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminUser, ListResponse } from "../lib/types"
import { adminUserKeys } from "./query-keys"

type AdminUsersResponse = ListResponse<"users", AdminUser>

/** Medusa's admin users with these ids, to name who changed something. */
export function useAdminUsers(ids: string[]) {
  const unique = [...new Set(ids)].sort()
  const query = { id: unique, limit: unique.length, fields: "id,email,first_name,last_name" }
  return useQuery({
    queryKey: adminUserKeys.list(query),
    queryFn: () => sdk.client.fetch<AdminUsersResponse>("/admin/users", { query }),
    enabled: unique.length > 0,
  })
}
