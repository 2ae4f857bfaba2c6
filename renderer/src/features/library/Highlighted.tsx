import type { TextSegments } from '../../../../shared/contract/library'
import classes from './Library.module.css'

/**
 * Text with search hits marked. Each piece is rendered as text: nothing stored or typed is ever
 * treated as HTML.
 */
export function Highlighted({ segments }: { segments: TextSegments }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.hit ? (
          <mark key={index} className={classes.hit}>
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  )
}
