// Loading the backend's modules holds Node's only thread for a few hundred milliseconds, and a
// host that is busy sends no files. A browser needs the page's files first and the bridge only
// once its script has run, so the host waits for the page to be out before it loads the backend.

/** The asset paths ("/assets/index-3f2a.js") that a built index.html loads at start. */
export function pageFiles(indexHtml: string): string[] {
  const files = new Set<string>()
  for (const match of indexHtml.matchAll(/\s(?:src|href)="(?:\.?\/)?(assets\/[^"?#]+)[^"]*"/g)) {
    if (match[1]) files.add(`/${match[1]}`)
  }
  return [...files]
}

export interface DeliveryOptions {
  /** What pageFiles found in index.html. */
  pageFiles: readonly string[]
  /** After a file, how long the browser may ask for nothing before its page counts as loaded
   *  (it had the files cached, or index.html names none). Longer than the pause between the
   *  browser receiving index.html and asking for its scripts. */
  quietMs: number
  /** When nobody asks for anything this long after start, the page is not coming soon. */
  unvisitedMs: number
  /** Called once: the page is out, or nobody came for it. */
  then: () => void
}

export interface PageDelivery {
  /** Reports a file request for `path`; call the returned function once its answer is sent. */
  fileRequested(path: string): () => void
}

/** Watches the file requests of the page a browser is loading and tells when they are done. */
export function watchPageDelivery(options: DeliveryOptions): PageDelivery {
  const missing = new Set(options.pageFiles)
  let inFlight = 0
  let settled = false
  let quiet: ReturnType<typeof setTimeout> | undefined
  // Neither wait keeps the process alive on its own: the host's server does that.
  const unvisited = setTimeout(() => settle(), options.unvisitedMs).unref()

  function settle(): void {
    if (settled) return
    settled = true
    clearTimeout(unvisited)
    clearTimeout(quiet)
    options.then()
  }

  return {
    fileRequested(path) {
      clearTimeout(unvisited)
      clearTimeout(quiet)
      inFlight++
      let answered = false
      return () => {
        if (answered) return
        answered = true
        inFlight--
        missing.delete(path)
        if (settled || inFlight > 0) return
        if (missing.size === 0 && options.pageFiles.length > 0) settle()
        else quiet = setTimeout(settle, options.quietMs).unref()
      }
    },
  }
}
