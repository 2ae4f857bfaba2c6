// The PromQL editor's look on the light and the dark theme, close to Prometheus's own UI.
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language'
import { EditorView } from '@codemirror/view'
import type { Extension } from '@codemirror/state'
import { tags } from '@lezer/highlight'

function highlight(dark: boolean): HighlightStyle {
  const colors = dark
    ? {
        name: '#e6edf3',
        fn: '#79c0ff',
        keyword: '#ff7b72',
        string: '#a5d6ff',
        number: '#ffa657',
        label: '#d2a8ff',
        comment: '#8b949e',
        op: '#ff7b72',
      }
    : {
        name: '#212529',
        fn: '#0550ae',
        keyword: '#cf222e',
        string: '#0a3069',
        number: '#953800',
        label: '#8250df',
        comment: '#6e7781',
        op: '#cf222e',
      }
  return HighlightStyle.define([
    { tag: tags.name, color: colors.name },
    { tag: tags.number, color: colors.number },
    { tag: tags.string, color: colors.string },
    { tag: tags.keyword, color: colors.keyword, fontWeight: 'bold' },
    { tag: tags.function(tags.variableName), color: colors.fn },
    { tag: tags.labelName, color: colors.label },
    { tag: [tags.operator, tags.modifier], color: colors.op },
    { tag: tags.comment, color: colors.comment, fontStyle: 'italic' },
    { tag: tags.invalid, color: '#e03131' },
  ])
}

export function editorTheme(dark: boolean): Extension {
  return [
    EditorView.theme(
      {
        '&': {
          fontSize: '13px',
          border: '1px solid var(--mantine-color-default-border)',
          borderRadius: 'var(--mantine-radius-sm)',
          backgroundColor: 'var(--mantine-color-body)',
        },
        '&.cm-focused': {
          outline: '2px solid var(--mantine-primary-color-filled)',
          outlineOffset: '-1px',
        },
        '.cm-content': {
          fontFamily: 'var(--mantine-font-family-monospace)',
          padding: '6px 0',
          caretColor: dark ? '#fff' : '#000',
        },
        '.cm-line': { padding: '0 8px' },
        '.cm-placeholder': { color: 'var(--mantine-color-dimmed)' },
        '.cm-tooltip': {
          backgroundColor: dark ? '#2e2e2e' : '#fff',
          border: '1px solid var(--mantine-color-default-border)',
        },
        '.cm-tooltip-autocomplete > ul > li[aria-selected]': {
          backgroundColor: dark ? '#1f4b7a' : '#d0ebff',
          color: 'inherit',
        },
        '.cm-completionDetail': {
          color: 'var(--mantine-color-dimmed)',
          fontStyle: 'normal',
          marginLeft: '0.5em',
        },
        '.cm-diagnostic-error': { borderLeftColor: '#e03131' },
      },
      { dark },
    ),
    syntaxHighlighting(highlight(dark)),
  ]
}
