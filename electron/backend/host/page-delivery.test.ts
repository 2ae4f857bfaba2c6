import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { pageFiles, watchPageDelivery } from './page-delivery'

// What `electron-vite build` writes to out/renderer/index.html, trimmed.
const BUILT_INDEX = `<!doctype html>
<html lang="en">
  <head>
    <link rel="icon" href="data:," />
    <script type="module" crossorigin src="./assets/index-DZ_xneuf.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/queries-Yao20VkC.js">
    <link rel="stylesheet" crossorigin href="./assets/index-DcoKjhHx.css">
  </head>
  <body><div id="root"></div></body>
</html>`

const FILES = [
  '/assets/index-DZ_xneuf.js',
  '/assets/queries-Yao20VkC.js',
  '/assets/index-DcoKjhHx.css',
]

describe('the files of the page', () => {
  it('are the scripts, preloads and styles index.html names, not inline data', () => {
    expect(pageFiles(BUILT_INDEX)).toEqual(FILES)
    expect(pageFiles('<script type="module" src="/assets/a.js?v=1"></script>')).toEqual([
      '/assets/a.js',
    ])
    expect(pageFiles('')).toEqual([])
  })
})

describe('page delivery', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  function watch(files: readonly string[] = FILES) {
    const then = vi.fn()
    const delivery = watchPageDelivery({
      pageFiles: files,
      quietMs: 250,
      unvisitedMs: 1000,
      then,
    })
    return { delivery, then }
  }

  it('is done once every file of the page has been sent, not when index.html alone has', () => {
    const { delivery, then } = watch()
    delivery.fileRequested('/')()
    const answers = FILES.map((file) => delivery.fileRequested(file))
    answers[0]?.()
    answers[1]?.()
    expect(then).not.toHaveBeenCalled()
    answers[2]?.()
    expect(then).toHaveBeenCalledTimes(1)
  })

  it('waits while a file is still being sent', () => {
    const { delivery, then } = watch(['/assets/a.js'])
    const other = delivery.fileRequested('/assets/late.js')
    delivery.fileRequested('/assets/a.js')()
    vi.advanceTimersByTime(5000)
    expect(then).not.toHaveBeenCalled()
    other()
    expect(then).toHaveBeenCalledTimes(1)
  })

  it('is done when the browser asks for nothing after the page (its files were cached)', () => {
    const { delivery, then } = watch()
    delivery.fileRequested('/')()
    vi.advanceTimersByTime(200)
    expect(then).not.toHaveBeenCalled()
    vi.advanceTimersByTime(100)
    expect(then).toHaveBeenCalledTimes(1)
  })

  it('gets ready anyway when nobody opens the page', () => {
    const { then } = watch()
    vi.advanceTimersByTime(1000)
    expect(then).toHaveBeenCalledTimes(1)
  })

  it('says so once, however many files follow or answers repeat', () => {
    const { delivery, then } = watch(['/assets/a.js'])
    const answered = delivery.fileRequested('/assets/a.js')
    answered()
    answered()
    delivery.fileRequested('/assets/a.js')()
    vi.advanceTimersByTime(5000)
    expect(then).toHaveBeenCalledTimes(1)
  })
})
