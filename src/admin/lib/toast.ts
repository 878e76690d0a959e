import { toast } from "@medusajs/ui"
import { errorMessage } from "./format"

/**
 * Runs a request started by a button or form: shows the success message the
 * action returns, or the server's message when it fails. Resolves to whether
 * it worked, so a drawer or prompt closes only after a successful save.
 */
export async function withToast(action: () => Promise<string | void>): Promise<boolean> {
  try {
    const message = await action()
    if (message) {
      toast.success(message)
    }
    return true
  } catch (error) {
    toast.error(errorMessage(error))
    return false
  }
}
