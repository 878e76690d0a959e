import { defineRouteConfig } from "@medusajs/admin-sdk"
import {
  Badge,
  Button,
  Container,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  DataTable,
  type DataTableFilteringState,
  type DataTablePaginationState,
  Heading,
  Text,
  useDataTable,
  usePrompt,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { ReasonPrompt } from "../../../components/common/reason-prompt"
import { StateBadge } from "../../../components/common/status-badges"
import {
  type CodeRequest,
  type CodeRequestStatus,
  useApproveCodeRequest,
  useCodeRequests,
  useRefuseCodeRequest,
} from "../../../hooks/use-code-requests"
import { formatDateTime } from "../../../lib/format"
import type { BadgeColor } from "../../../lib/status"
import { withToast } from "../../../lib/toast"

const PAGE_SIZE = 20

const STATUS_COLORS: Record<CodeRequestStatus, BadgeColor> = {
  pending: "orange",
  approved: "green",
  refused: "red",
  withdrawn: "grey",
}

/** "3 days", "5 hours", "just now": how long a request has waited. */
function age(createdAt: string, now = Date.now()): string {
  const minutes = Math.max(0, Math.floor((now - new Date(createdAt).getTime()) / 60_000))
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`
  if (minutes < 1) return "just now"
  if (minutes < 60) return unit(minutes, "minute")
  if (minutes < 60 * 24) return unit(Math.floor(minutes / 60), "hour")
  return unit(Math.floor(minutes / (60 * 24)), "day")
}

const columnHelper = createDataTableColumnHelper<CodeRequest>()
const filterHelper = createDataTableFilterHelper<CodeRequest>()

const filters = [
  filterHelper.accessor("status", {
    type: "radio",
    label: "Status",
    options: [
      { label: "Pending", value: "pending" },
      { label: "Approved", value: "approved" },
      { label: "Refused", value: "refused" },
      { label: "Withdrawn", value: "withdrawn" },
    ],
  }),
]

const CodeRequestsPage = () => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  // The queue opens on what waits for a decision.
  const [filtering, setFiltering] = useState<DataTableFilteringState>({ status: "pending" })
  const [search, setSearch] = useState("")
  const [refusing, setRefusing] = useState<CodeRequest | null>(null)

  const status = (filtering.status as CodeRequestStatus | undefined) ?? undefined
  const { data, isLoading, error } = useCodeRequests({
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
    order: status === "pending" ? "created_at" : "-created_at",
    status,
    q: search || undefined,
  })
  const approve = useApproveCodeRequest()
  const refuse = useRefuseCodeRequest()
  const prompt = usePrompt()

  const onApprove = async (request: CodeRequest) => {
    const what = request.kind === "alias" ? `an alias ${request.normalized_code} on ${request.voucher?.code ?? "their voucher"}` : `a voucher with the code ${request.normalized_code}`
    const confirmed = await prompt({
      title: `Approve ${request.normalized_code}?`,
      description: `${request.affiliate?.name ?? "The partner"} gets ${what} on the link "${request.referral?.name ?? request.referral_id}". Shoppers can use it at once.`,
      confirmText: "Approve",
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (!confirmed) return
    await withToast(async () => {
      await approve.mutateAsync({ id: request.id, body: {} })
      return `${request.normalized_code} approved`
    })
  }

  const columns = useMemo(
    () => [
      columnHelper.display({
        id: "partner",
        header: "Partner",
        cell: ({ row }) =>
          row.original.affiliate ? (
            <Link to={`/affiliates/${row.original.affiliate_id}`} className="text-ui-fg-interactive hover:underline">
              {row.original.affiliate.name}
            </Link>
          ) : (
            row.original.affiliate_id
          ),
      }),
      columnHelper.display({
        id: "link",
        header: "Link",
        cell: ({ row }) => {
          const referral = row.original.referral
          if (!referral) return "-"
          return (
            <div className="flex flex-col">
              <span>{referral.name}</span>
              <Text size="xsmall" className="text-ui-fg-muted">
                /r/{referral.slug}
              </Text>
            </div>
          )
        },
      }),
      columnHelper.accessor("normalized_code", {
        header: "Requested code",
        cell: ({ row }) => (
          <div className="flex flex-col">
            <span className="txt-compact-small-plus font-mono">{row.original.normalized_code}</span>
            {row.original.code !== row.original.normalized_code && (
              <Text size="xsmall" className="text-ui-fg-muted">
                typed "{row.original.code}"
              </Text>
            )}
          </div>
        ),
      }),
      columnHelper.accessor("kind", {
        header: "Kind",
        cell: ({ row }) =>
          row.original.kind === "alias" ? (
            <Badge size="2xsmall" color="blue">
              Alias of {row.original.voucher?.code ?? "a voucher"}
            </Badge>
          ) : (
            <Badge size="2xsmall" color="grey">
              New voucher
            </Badge>
          ),
      }),
      columnHelper.accessor("created_at", {
        header: "Age",
        cell: ({ row }) => <span title={formatDateTime(row.original.created_at)}>{age(row.original.created_at)}</span>,
      }),
      columnHelper.accessor("status", {
        header: "Status",
        cell: ({ row }) => (
          <div className="flex flex-col">
            <StateBadge value={row.original.status} colors={STATUS_COLORS} />
            {row.original.status === "refused" && row.original.reason && (
              <Text size="xsmall" className="text-ui-fg-muted max-w-[240px] truncate" title={row.original.reason}>
                {row.original.reason}
              </Text>
            )}
          </div>
        ),
      }),
      columnHelper.display({
        id: "decide",
        cell: ({ row }) =>
          row.original.status === "pending" ? (
            <div className="flex justify-end gap-x-2">
              <Button size="small" variant="secondary" onClick={() => setRefusing(row.original)}>
                Refuse
              </Button>
              <Button size="small" variant="primary" isLoading={approve.isPending && approve.variables?.id === row.original.id} onClick={() => onApprove(row.original)}>
                Approve
              </Button>
            </div>
          ) : (
            <Text size="xsmall" className="text-ui-fg-muted text-right">
              {row.original.decided_at ? formatDateTime(row.original.decided_at) : ""}
            </Text>
          ),
      }),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [approve.isPending, approve.variables]
  )

  const table = useDataTable({
    columns,
    data: data?.code_requests ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    filters,
    filtering: {
      state: filtering,
      onFilteringChange: (next) => {
        setFiltering(next)
        setPagination((p) => ({ ...p, pageIndex: 0 }))
      },
    },
    search: {
      state: search,
      onSearchChange: (next) => {
        setSearch(next)
        setPagination((p) => ({ ...p, pageIndex: 0 }))
      },
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <div>
            <Heading level="h1">Code requests</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Codes partners asked for on their links. Approve to create the voucher or alias; refuse with a reason the partner reads.
            </Text>
          </div>
          <div className="flex gap-2">
            <DataTable.FilterMenu tooltip="Filter" />
            <DataTable.Search placeholder="Search code" />
          </div>
        </DataTable.Toolbar>
        {error ? (
          <Text size="small" className="text-ui-fg-error px-6 py-4">
            {error instanceof Error ? error.message : "Could not load the code requests."}
          </Text>
        ) : (
          <DataTable.Table
            emptyState={{
              empty: { heading: "No code requests", description: "Requests partners send from their portal appear here." },
              filtered: { heading: "Nothing to show", description: "No request matches this status or search." },
            }}
          />
        )}
        <DataTable.Pagination />
      </DataTable>
      <ReasonPrompt
        open={refusing !== null}
        onOpenChange={(open) => !open && setRefusing(null)}
        title={`Refuse ${refusing?.normalized_code ?? ""}?`}
        description={`${refusing?.affiliate?.name ?? "The partner"} sees your reason in their portal and can ask for another code.`}
        confirmText="Refuse"
        fieldLabel="Reason"
        required
        variant="danger"
        isPending={refuse.isPending}
        onConfirm={(reason) =>
          withToast(async () => {
            await refuse.mutateAsync({ id: refusing!.id, body: { reason: reason! } })
            return `${refusing!.normalized_code} refused`
          })
        }
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Code requests",
  rank: 8,
})

export const handle = {
  breadcrumb: () => "Code requests",
}

export default CodeRequestsPage
