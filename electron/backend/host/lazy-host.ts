import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { lazyBackend, type LazyBackend } from './lazy-backend'
import { pageFiles, watchPageDelivery } from './page-delivery'
import { startHost, type Host, type HostBackend } from './server'

export interface PageWaits {
  /** See DeliveryOptions.quietMs. */
  quietMs: number
  /** See DeliveryOptions.unvisitedMs. */
  unvisitedMs: number
}

/** Longer than a loaded machine's pause between sending index.html and being asked for its
 *  scripts, so the backend does not start loading in between. */
export const PAGE_WAITS: PageWaits = { quietMs: 250, unvisitedMs: 1000 }

export interface LazyHostOptions<B extends HostBackend> {
  /** Loads and opens the backend; called once, when the page is out or the bridge is used. */
  load: () => Promise<B>
  staticDir: string
  port: number
  token?: string
  waits?: PageWaits
}

function readIndexHtml(staticDir: string): string {
  try {
    return readFileSync(join(staticDir, 'index.html'), 'utf8')
  } catch {
    return ''
  }
}

/** The browser-mode host with a backend that loads after the page is out (see page-delivery). */
export async function startLazyHost<B extends HostBackend>(
  options: LazyHostOptions<B>,
): Promise<{ host: Host; backend: LazyBackend<B> }> {
  const backend = lazyBackend(options.load)
  const delivery = watchPageDelivery({
    pageFiles: pageFiles(readIndexHtml(options.staticDir)),
    ...(options.waits ?? PAGE_WAITS),
    then: () => void backend.open(),
  })
  const host = await startHost({
    backend,
    staticDir: options.staticDir,
    port: options.port,
    token: options.token,
    onFileRequest: delivery.fileRequested,
  })
  return { host, backend }
}
