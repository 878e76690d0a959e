import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"

/** The example Next.js storefront in this repository (`examples/nextjs-storefront`). */
export const STOREFRONT_DIR = path.resolve(__dirname, "..", "..", "examples", "nextjs-storefront")

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export type RunningStorefront = { url: string; host: string; logs: () => string; stop: () => Promise<void> }

/**
 * Starts the example storefront's production build (`next start`) on a free
 * port, another origin than the Medusa app, with the given environment.
 * `npm test` installs and builds it first. The storefront is addressed as
 * localhost: Next.js writes 127.0.0.1 as "localhost" in the URLs its
 * middleware builds, so a redirect would change the cookies' host.
 */
export async function startNextStorefront(env: Record<string, string>): Promise<RunningStorefront> {
  const nextBin = path.join(STOREFRONT_DIR, "node_modules", "next", "dist", "bin", "next")
  if (!fs.existsSync(path.join(STOREFRONT_DIR, ".next", "BUILD_ID")) || !fs.existsSync(nextBin)) {
    throw new Error(
      "The example storefront is not built. `npm test` builds it; by hand: cd examples/nextjs-storefront && npm install && npm run build"
    )
  }
  const port = await freePort()
  let output = ""
  const child: ChildProcess = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    cwd: STOREFRONT_DIR,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  })
  child.stdout!.on("data", (chunk) => (output += chunk))
  child.stderr!.on("data", (chunk) => (output += chunk))
  const url = `http://localhost:${port}`
  const until = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`)
    const up = await fetch(`${url}/favicon.ico`).then(() => true, () => false)
    if (up) break
    if (Date.now() > until) throw new Error(`next start did not answer within 60 s:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    url,
    host: `localhost:${port}`,
    logs: () => output,
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once("exit", resolve))
      child.kill("SIGTERM")
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000)
      await exited
      clearTimeout(timer)
    },
  }
}
