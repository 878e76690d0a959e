import { usePrograms } from "../../hooks/use-programs"
import { OptionSelect } from "./option-select"

type ProgramSelectProps = {
  id?: string
  value: string | undefined
  onChange: (value: string | undefined) => void
}

/** Picks a program; leaving it empty lets the server use the default program. */
export const ProgramSelect = ({ id, value, onChange }: ProgramSelectProps) => {
  const { data, isLoading } = usePrograms()
  const options = (data?.programs ?? []).map((program) => ({
    value: program.id,
    label: program.is_default ? `${program.name} (default)` : program.name,
  }))
  return (
    <OptionSelect
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      placeholder={isLoading ? "Loading programs..." : "Default program"}
      noneLabel="Default program"
      disabled={isLoading}
    />
  )
}
