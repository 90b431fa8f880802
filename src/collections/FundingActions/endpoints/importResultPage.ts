import { toolTexts } from '@/collections/FundingActions/admin/texts'
import { adminLanguage } from '@/components/admin/language'
import type { ImportCounts } from '@/lib/funding/import/runImport'

export type LocalizedProblem = { row: number | null; column: string | null; message: string }

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/**
 * The import's answer as a page, for a browser that posted the form without JavaScript: the counts,
 * or the problems as a table, and the way back to the list.
 */
export function importResultPage(
  language: string | undefined,
  backHref: string,
  outcome: { counts: ImportCounts } | { summary: string; problems: LocalizedProblem[] },
): string {
  const lang = adminLanguage(language)
  const t = toolTexts[lang]
  const body =
    'counts' in outcome
      ? `<h1>${escape(t.doneTitle)}</h1><ul>${(['created', 'updated', 'unchanged', 'organisationsCreated'] as const)
          .map((key) => `<li>${outcome.counts[key]} ${escape(t[key])}</li>`)
          .join('')}</ul>`
      : `<h1>${escape(t.failedTitle)}</h1><p>${escape(outcome.summary)}</p><table><thead><tr><th scope="col">${escape(t.row)}</th><th scope="col">${escape(
          t.column,
        )}</th><th scope="col">${escape(t.problem)}</th></tr></thead><tbody>${outcome.problems
          .map((problem) => `<tr><td>${problem.row ?? '—'}</td><td>${escape(problem.column ?? '—')}</td><td>${escape(problem.message)}</td></tr>`)
          .join('')}</tbody></table>`
  const title = 'counts' in outcome ? t.doneTitle : `${t.errorPrefix} ${t.failedTitle}`
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(
    title,
  )}</title><style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}</style></head><body><main>${body}<p><a href="${escape(
    backHref,
  )}">${escape(t.back)}</a></p></main></body></html>`
}
