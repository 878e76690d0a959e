import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { ListResponse, SalesChannel } from "../lib/types"
import { salesChannelKeys } from "./query-keys"

type SalesChannelsResponse = ListResponse<"sales_channels", SalesChannel>

/** Medusa's own sales channels, to tie an affiliate site to one. */
export function useSalesChannels() {
  const query = { limit: 100, fields: "id,name" }
  return useQuery({
    queryKey: salesChannelKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<SalesChannelsResponse>("/admin/sales-channels", { query }),
  })
}
