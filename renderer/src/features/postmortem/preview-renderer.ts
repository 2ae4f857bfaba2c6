import { splitPreviewChunks } from './preview-chunks'
import { previewFragment } from './preview-html'

// Fills the preview pane from the exported Markdown, chunk by chunk (see preview-chunks.ts):
// the chunks on screen first, at once, the others in short slices afterwards so typing stays
// smooth; a chunk whose Markdown did not change keeps its DOM. Chunks off screen are skipped by
// layout and paint (content-visibility in the stylesheet).

/** How long one background slice may run before the browser gets the thread back. */
const SLICE_MS = 8
/** Rough height of a chunk not rendered yet, so the scrollbar is about right meanwhile. */
const PX_PER_CHAR = 0.3

export interface PreviewRendererOptions {
  chunkClass: string
  /** Queues background work; a test or benchmark may drive it by hand. */
  later?: (run: () => void) => void
}

export class PreviewRenderer {
  private bySource = new Map<string, HTMLElement[]>()
  private pending: { element: HTMLElement; source: string }[] = []
  private generation = 0
  private readonly later: (run: () => void) => void

  constructor(
    private readonly pane: HTMLElement,
    private readonly options: PreviewRendererOptions,
  ) {
    this.later = options.later ?? ((run) => setTimeout(run, 0))
  }

  /** Shows this Markdown; resolves once every chunk is rendered (the first ones before return). */
  update(markdown: string): Promise<void> {
    this.generation += 1
    const generation = this.generation
    const previous = this.bySource
    this.bySource = new Map()
    this.pending = []
    const elements = splitPreviewChunks(markdown).map((source) => {
      const kept = previous.get(source)?.shift()
      const element = kept ?? this.placeholder(source)
      const same = this.bySource.get(source) ?? []
      same.push(element)
      this.bySource.set(source, same)
      if (!kept) this.pending.push({ element, source })
      return element
    })
    this.pane.replaceChildren(...elements)
    this.renderVisible()
    return new Promise((resolve) => this.renderRest(generation, resolve))
  }

  /** Stops background work (the pane is going away or has newer Markdown). */
  dispose(): void {
    this.generation += 1
    this.pending = []
  }

  private placeholder(source: string): HTMLElement {
    const element = document.createElement('div')
    element.className = this.options.chunkClass
    element.dataset.pending = ''
    element.style.minHeight = `${Math.round(source.length * PX_PER_CHAR)}px`
    return element
  }

  private render(item: { element: HTMLElement; source: string }): void {
    const { element, source } = item
    element.replaceChildren(previewFragment(source))
    element.style.minHeight = ''
    delete element.dataset.pending
  }

  /**
   * The chunks in view, now, so the first paint shows real text. In view means inside both the
   * pane and the window: the pane may scroll on its own or with the page.
   */
  private renderVisible(): void {
    const pane = this.pane.getBoundingClientRect()
    const top = Math.max(pane.top, 0)
    const bottom = Math.min(pane.bottom, window.innerHeight)
    const rest: typeof this.pending = []
    // In document order: a chunk rendered smaller than its placeholder pulls the next into view.
    for (const item of this.pending) {
      const box = item.element.getBoundingClientRect()
      if (box.top < bottom && box.bottom > top) this.render(item)
      else rest.push(item)
    }
    this.pending = rest
  }

  private renderRest(generation: number, done: () => void): void {
    if (generation !== this.generation) return
    const sliceEnd = performance.now() + SLICE_MS
    while (this.pending.length > 0 && performance.now() < sliceEnd) {
      const next = this.pending.shift()
      if (next) this.render(next)
    }
    if (this.pending.length === 0) done()
    else this.later(() => this.renderRest(generation, done))
  }
}
