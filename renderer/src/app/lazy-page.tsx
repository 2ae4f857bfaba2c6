import { lazy, useState, type ComponentType } from 'react'

export interface LazyPage<P extends object> {
  Page: ComponentType<P>
  /** Fetches the page's chunk ahead of time; the returned promise never rejects. */
  preload: () => Promise<void>
}

/**
 * A screen whose code is loaded when it is first opened, not with the first screen.
 *
 * Once its chunk is loaded it renders at once: a React.lazy component suspends on its first
 * render even when its chunk is there, and React then holds the screen behind the fallback for
 * up to 300 ms (see also traces/view/load.ts).
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | undefined
  const fetchChunk = () => load().then((component) => (loaded = component))
  const Lazy = lazy(() => fetchChunk().then((component) => ({ default: component })))
  function Page(props: P) {
    // Chosen once per mount, so the element type never changes under a mounted screen.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy)
    return <Component {...props} />
  }
  return {
    Page,
    // A failed preload is not an error: opening the screen loads it again and reports a failure.
    preload: () =>
      fetchChunk().then(
        () => undefined,
        () => undefined,
      ),
  }
}
