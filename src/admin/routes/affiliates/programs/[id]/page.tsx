import { PencilSquare } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { type UIMatch, useParams } from "react-router-dom"
import { KeyValueList } from "../../../../components/common/key-value-list"
import { SectionHeader } from "../../../../components/common/section-header"
import { ErrorState, LoadingRows } from "../../../../components/common/states"
import { ProgramFormDrawer } from "../../../../components/programs/program-form-drawer"
import { CommissionRulesSection } from "../../../../components/rules/commission-rules-section"
import { useProgram } from "../../../../hooks/use-programs"
import { formatAmounts } from "../../../../lib/money"

/** A program's terms at a glance and its commission rules. */
const ProgramDetailPage = () => {
  const { id } = useParams()
  const { data, isLoading, error } = useProgram(id)
  const [editOpen, setEditOpen] = useState(false)

  if (isLoading) {
    return (
      <Container className="p-0">
        <LoadingRows rows={8} />
      </Container>
    )
  }
  if (error || !data) {
    return (
      <Container className="p-0">
        <ErrorState error={error ?? new Error("Program not found")} />
      </Container>
    )
  }

  const { program } = data

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-4 px-6 py-4 md:flex-row md:items-center md:justify-between">
        <div className="flex flex-col gap-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <Heading level="h1">{program.name}</Heading>
            {program.is_default && (
              <Badge size="2xsmall" color="blue">
                Default
              </Badge>
            )}
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {program.description || program.handle}
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setEditOpen(true)}>
          <PencilSquare />
          Edit program
        </Button>
      </Container>
      <CommissionRulesSection programId={program.id} />
      <Container className="divide-y p-0">
        <SectionHeader title="Payout terms" description="Set on the program; edit the program to change them." />
        <KeyValueList
          rows={[
            { label: "Hold period", value: `${program.hold_days} days before a commission is approved` },
            { label: "Payout minimums", value: formatAmounts(program.payout_minimums) },
            {
              label: "Attribution",
              value: `${program.attribution_model === "first_touch" ? "First" : "Last"} touch, ${program.attribution_window_days} days`,
            },
            { label: "Timezone", value: program.timezone },
          ]}
        />
      </Container>
      <ProgramFormDrawer program={program} open={editOpen} onOpenChange={setEditOpen} />
    </div>
  )
}

const ProgramBreadcrumb = ({ id }: { id?: string }) => {
  const { data } = useProgram(id)
  return <>{data?.program.name ?? "Program"}</>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <ProgramBreadcrumb id={match.params.id} />,
}

export default ProgramDetailPage
