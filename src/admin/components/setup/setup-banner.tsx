import { Alert, Button, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useSetupReport } from "../../hooks/use-setup"

/**
 * On the Affiliates list while the default program cannot pay anyone: how
 * many steps are left and the way to the setup guide. Gone once ready.
 */
export const SetupBanner = () => {
  const { data } = useSetupReport()
  if (!data || data.ready) {
    return null
  }
  const left = data.checks.filter((check) => check.status === "missing")
  return (
    <Alert variant="warning" data-testid="setup-banner">
      <div className="flex flex-col gap-3 md:flex-row md:items-center md:justify-between">
        <div className="flex flex-col gap-y-1">
          <Text size="small" weight="plus" leading="compact">
            Your program cannot pay anyone yet: {left.length} {left.length === 1 ? "step" : "steps"} left
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {left.map((check) => check.title).join(" · ")}
          </Text>
        </div>
        <Button size="small" variant="secondary" asChild>
          <Link to="/affiliates/setup">Open setup guide</Link>
        </Button>
      </div>
    </Alert>
  )
}
