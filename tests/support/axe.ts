import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number]

function describeViolations(violations: Violation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary ?? ''}`).join('\n')
      return `[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes}`
    })
    .join('\n\n')
}

/** Fails with a readable list when axe finds a serious or critical WCAG 2.2 AA violation on the page as it is. */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
  expect(serious, `serious or critical accessibility violations on ${page.url()}:\n${describeViolations(serious)}`).toEqual([])
}

/**
 * The same check for a page loaded with JavaScript disabled (axe runs as a script, so it cannot run
 * there): the HTML the visitor got is replayed, scripts blocked, in a JavaScript-enabled page.
 */
export async function expectNoSeriousViolationsWithoutJs(page: Page): Promise<void> {
  const browser = page.context().browser()
  if (!browser) throw new Error('No browser to replay the page in.')
  const url = page.url()
  const html = await page.content()
  const context = await browser.newContext({ javaScriptEnabled: true })
  try {
    const replay = await context.newPage()
    await replay.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }))
    await replay.route(/\.js(\?|$)/, (route) => route.abort())
    await replay.goto(url)
    await expectNoSeriousViolations(replay)
  } finally {
    await context.close()
  }
}
