import { describe, expect, it } from 'vitest'
import { fixtureDocument } from './fixture.testing'
import { renderPostmortem } from './render'
import { shippedTemplate, shippedTemplateFiles } from './shipped-templates.testing'

// Golden files: the whole exported Markdown of each shipped template for one fixed incident.
// A change to a template or to escaping shows up as a reviewable diff of __golden__/<id>.md
// (update with `npx vitest run shared/domain/postmortem/golden.test.ts -u`).

const IDS = ['google-sre', 'pagerduty', 'five-whys', 'postmortem-oficial-pt-br']

describe('shipped postmortem templates', () => {
  it('are exactly the four the product promises', () => {
    expect(shippedTemplateFiles.map((f) => f.id).sort()).toEqual([...IDS].sort())
  })

  it.each(IDS)('%s renders the fixed incident as its golden file', async (id) => {
    const template = shippedTemplate(id)
    const doc = fixtureDocument({ templateName: template.name })
    const { markdown } = renderPostmortem(doc, template.compiled, { templateId: id })
    await expect(markdown).toMatchFileSnapshot(`./__golden__/${id}.md`)
  })
})
