import { afterEach, describe, expect, it } from 'vitest'
import { msg } from '../../../../shared/i18n/messages'
import { i18n } from '../../i18n'
import { templateProblemText } from './TemplateSelect'

// A broken postmortem template file is listed under the template picker; its problem and line
// read in the UI language, and as the backend wrote them when there is no message.

const problem = {
  file: 'broken.md',
  origin: 'user' as const,
  message: 'Line 7: Unknown placeholder {{titel}} inside {{#action_items}}',
  text: msg('msgWork:templateFile.unknownInside', {
    tag: '{{titel}}',
    block: '{{#action_items}}',
  }),
  line: 7,
  placeholder: '{{titel}}',
}

describe('template file problems', () => {
  afterEach(() => i18n.changeLanguage('en'))

  it('read as the backend wrote them in English', () => {
    expect(templateProblemText(problem)).toBe(problem.message)
  })

  it('read in Portuguese, placeholders untouched', async () => {
    await i18n.changeLanguage('pt-BR')
    expect(templateProblemText(problem)).toBe(
      'Linha 7: Placeholder desconhecido {{titel}} dentro de {{#action_items}}',
    )
    const { text: _text, ...older } = problem
    expect(templateProblemText(older)).toBe(problem.message)
  })
})
