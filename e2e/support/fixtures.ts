import { test as base } from '@playwright/test'
import { makeDataDir, startHostProcess, type RunningHost } from './host'

interface FirebreakFixtures {
  /** A fresh data folder and a running host on it; `restart()` stops and starts it again. */
  app: RunningHost & { restart(): Promise<RunningHost> }
}

export const test = base.extend<FirebreakFixtures>({
  app: async ({}, use) => {
    const data = makeDataDir()
    let current = await startHostProcess(data.dir)
    const app = {
      get url() {
        return current.url
      },
      dataDir: data.dir,
      stop: () => current.stop(),
      async restart() {
        await current.stop()
        current = await startHostProcess(data.dir)
        return current
      },
    }
    await use(app)
    await current.stop()
    data.remove()
  },
})

export { expect } from '@playwright/test'
