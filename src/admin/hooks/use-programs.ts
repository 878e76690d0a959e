import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { ListQuery, ListResponse, Program, ProgramInput } from "../lib/types"
import { programKeys } from "./query-keys"

type ProgramsResponse = ListResponse<"programs", Program>
type ProgramResponse = { program: Program }

export function usePrograms(query: ListQuery = { limit: 100 }) {
  return useQuery({
    queryKey: programKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<ProgramsResponse>("/admin/affiliate-programs", { query }),
    placeholderData: keepPreviousData,
  })
}

export function useProgram(id: string | undefined) {
  return useQuery({
    queryKey: programKeys.detail(id ?? ""),
    queryFn: () =>
      sdk.client.fetch<ProgramResponse>(`/admin/affiliate-programs/${id}`),
    enabled: !!id,
  })
}

export function useCreateProgram() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ProgramInput) =>
      sdk.client.fetch<ProgramResponse>("/admin/affiliate-programs", {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programKeys.all }),
  })
}

export function useUpdateProgram() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: ProgramInput & { id: string }) =>
      sdk.client.fetch<ProgramResponse>(`/admin/affiliate-programs/${id}`, {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programKeys.all }),
  })
}
