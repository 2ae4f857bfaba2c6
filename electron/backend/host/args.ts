import { parseArgs } from 'node:util'

export interface HostArgs {
  port: number
  dataDir: string
}

export const DEFAULT_PORT = 4580

/** `--port N` (0 = any free port) and `--data-dir DIR`, else FIREBREAK_DATA_DIR, else the OS default. */
export function parseHostArgs(
  argv: string[],
  env: Record<string, string | undefined>,
  fallbackDataDir: string,
): HostArgs {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
    strict: true,
  })
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port)
  if (!/^\d+$/.test(values.port ?? '0') || !Number.isInteger(port) || port > 65535) {
    throw new Error(
      `--port must be a whole number from 0 to 65535 (0 picks a free port), not "${values.port}"`,
    )
  }
  const dataDir = values['data-dir'] || env.FIREBREAK_DATA_DIR || fallbackDataDir
  return { port, dataDir }
}
