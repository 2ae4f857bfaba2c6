import { createBackend } from '../app'

// Child process for the crash-safety test: appends timeline events as fast as it can through
// dispatch and prints "ack <id>" only after each append has returned (committed). The parent
// kills it with SIGKILL at a random moment.

async function main(): Promise<void> {
  const dataDir = process.argv[2]
  if (!dataDir) throw new Error('usage: crash-writer <data-dir>')
  const backend = await createBackend({ dataDir, mode: 'browser', version: 'crash-test' })
  const created = await backend.dispatch('incident.create', {
    title: 'Crash test',
    severity: 'SEV1',
  })
  if (!created.ok) throw new Error(created.error.message)
  const incidentId = (created.value as { id: string }).id
  process.stdout.write(`incident ${incidentId}\n`)
  for (let i = 0; ; i++) {
    const result = await backend.dispatch('timeline.add', { incidentId, text: `event ${i}` })
    if (!result.ok) throw new Error(result.error.message)
    process.stdout.write(`ack ${(result.value as { id: string }).id}\n`)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
