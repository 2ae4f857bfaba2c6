import { useEffect, useRef, type ReactNode } from 'react'
import { Title } from '@mantine/core'

let firstPage = true

/**
 * The page's h1. After a navigation it takes focus, so keyboard and screen-reader users land at
 * the top of the new page instead of on a link that no longer exists.
 */
export function PageTitle({
  children,
  documentTitle,
}: {
  children: ReactNode
  documentTitle?: string
}) {
  const ref = useRef<HTMLHeadingElement>(null)
  const text = documentTitle ?? (typeof children === 'string' ? children : undefined)

  useEffect(() => {
    if (firstPage) firstPage = false
    else ref.current?.focus({ preventScroll: true })
  }, [])

  useEffect(() => {
    document.title = text ? `${text} · Firebreak` : 'Firebreak'
  }, [text])

  return (
    <Title order={1} size="h2" ref={ref} tabIndex={-1} style={{ outline: 'none' }}>
      {children}
    </Title>
  )
}
