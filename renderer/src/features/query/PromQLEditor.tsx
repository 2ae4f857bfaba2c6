import { useEffect, useLayoutEffect, useRef } from 'react'
import { useComputedColorScheme } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
} from '@codemirror/autocomplete'
import { defaultKeymap, history, historyKeymap, insertNewlineAndIndent } from '@codemirror/commands'
import { bracketMatching } from '@codemirror/language'
import { lintKeymap, setDiagnostics } from '@codemirror/lint'
import { Compartment, EditorState } from '@codemirror/state'
import { EditorView, keymap, placeholder } from '@codemirror/view'
import { PromQLExtension } from '@prometheus-io/codemirror-promql'
import { BridgePrometheusClient } from './bridge-client'
import { editorTheme } from './editor-theme'

/** Where Prometheus said the query is wrong, to mark in the editor. */
export interface QueryErrorMark {
  offset: number
  message: string
}

interface PromQLEditorProps {
  value: string
  onChange: (value: string) => void
  /** Enter runs the query (Shift+Enter for a new line), as in Prometheus's own UI. */
  onRun: () => void
  /** The source autocomplete asks; none gives highlighting and linting only. */
  sourceId: string | null
  errorMark: QueryErrorMark | null
  /** The accessible name; a visible label should say the same. */
  label?: string
  describedBy?: string
}

function promqlFor(sourceId: string | null) {
  const extension = new PromQLExtension().activateCompletion(true).activateLinter(true)
  if (sourceId) extension.setComplete({ remote: new BridgePrometheusClient(sourceId) })
  return extension.asExtension()
}

/** CodeMirror 6 with Prometheus's PromQL language: highlighting, autocomplete, linting. */
export function PromQLEditor(props: PromQLEditorProps) {
  const { t } = useTranslation('query')
  const { value, sourceId, errorMark, label = t('panel.promqlLabel'), describedBy } = props
  const dark = useComputedColorScheme('light') === 'dark'
  const host = useRef<HTMLDivElement>(null)
  const view = useRef<EditorView | null>(null)
  const callbacks = useRef({ onChange: props.onChange, onRun: props.onRun })
  // CodeMirror's handlers are set up once and call whatever the latest props are.
  useLayoutEffect(() => {
    callbacks.current = { onChange: props.onChange, onRun: props.onRun }
  })
  const language = useRef(new Compartment())
  const look = useRef(new Compartment())

  useEffect(() => {
    if (!host.current) return
    const run = () => {
      callbacks.current.onRun()
      return true
    }
    const state = EditorState.create({
      doc: value,
      extensions: [
        history(),
        closeBrackets(),
        bracketMatching(),
        autocompletion(),
        placeholder(t('editor.placeholder')),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({
          'aria-label': label,
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        }),
        keymap.of([
          ...closeBracketsKeymap,
          ...completionKeymap,
          { key: 'Enter', run },
          { key: 'Mod-Enter', run },
          { key: 'Shift-Enter', run: insertNewlineAndIndent },
          ...defaultKeymap,
          ...historyKeymap,
          ...lintKeymap,
        ]),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) callbacks.current.onChange(update.state.doc.toString())
        }),
        language.current.of(promqlFor(sourceId)),
        look.current.of(editorTheme(dark)),
      ],
    })
    view.current = new EditorView({ state, parent: host.current })
    return () => {
      view.current?.destroy()
      view.current = null
    }
    // Created once; the effects below follow the props.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    view.current?.dispatch({ effects: language.current.reconfigure(promqlFor(sourceId)) })
  }, [sourceId])

  useEffect(() => {
    view.current?.dispatch({ effects: look.current.reconfigure(editorTheme(dark)) })
  }, [dark])

  // A value set from outside (a suggested query, a pinned chart) replaces the text.
  useEffect(() => {
    const current = view.current
    if (current && current.state.doc.toString() !== value) {
      current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: value } })
    }
  }, [value])

  useEffect(() => {
    const current = view.current
    if (!current) return
    const length = current.state.doc.length
    const diagnostics = errorMark
      ? [
          {
            from: Math.min(errorMark.offset, length),
            to: Math.min(errorMark.offset + 1, length),
            severity: 'error' as const,
            message: errorMark.message,
            source: 'Prometheus',
          },
        ]
      : []
    current.dispatch(setDiagnostics(current.state, diagnostics))
  }, [errorMark])

  return <div ref={host} data-testid="promql-editor" />
}
