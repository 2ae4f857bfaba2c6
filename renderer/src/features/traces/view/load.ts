type TracePageModule = typeof import('./TracePage')

let loaded: TracePageModule | undefined

/** The trace view chunk (waterfall, details, totals), loaded on demand. */
export const loadTracePage = () => import('./TracePage').then((module) => (loaded = module))

/**
 * The chunk, once it is loaded (the search page preloads it). Rendering a lazy component always
 * suspends the first time, even when its chunk is there, and React then holds the page back
 * behind the fallback for up to 300 ms; with the module at hand the page renders at once.
 */
export const loadedTracePage = (): TracePageModule | undefined => loaded
