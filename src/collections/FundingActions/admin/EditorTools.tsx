import type { ServerProps } from 'payload'

import { userHasRole } from '@/access/roles'
import { adminLanguage, fill } from '@/components/admin/language'
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '@/lib/funding/import/columns'
import { countStaleFundingActions, staleListHref } from '@/lib/funding/stale'
import { ColumnGuide } from './ColumnGuide'
import { ImportForm } from './ImportForm.client'
import { MarkVerifiedButton } from './MarkVerifiedButton.client'
import { toolTexts } from './texts'

/**
 * Above the funding actions list, for editors: how many entries need verifying (with a link to the
 * list filtered to them), the bulk "mark verified" button for the selected rows, and the CSV import.
 */
export async function EditorTools({ user, i18n, payload }: ServerProps) {
  if (!userHasRole(user, 'admin', 'editor')) return null
  const language = adminLanguage(i18n?.language)
  const t = toolTexts[language]
  const stale = await countStaleFundingActions(payload, { user })
  const adminRoute = payload.config.routes.admin
  const apiRoute = payload.config.routes.api
  return (
    <section data-testid="funding-editor-tools" style={{ display: 'grid', gap: '1rem', marginBottom: '1.5rem' }}>
      <p data-testid="funding-stale-count" style={{ margin: 0 }}>
        {stale ? fill(t.staleSome, { count: stale }) : t.staleNone}{' '}
        {stale ? (
          <a href={staleListHref(adminRoute)} data-testid="funding-stale-link">
            {t.staleLink}
          </a>
        ) : null}
      </p>
      <MarkVerifiedButton texts={t} language={language} action={`${apiRoute}/funding-actions/mark-verified`} />
      <details data-testid="funding-import">
        <summary>{t.importTitle}</summary>
        <ImportForm
          texts={t}
          language={language}
          action={`${apiRoute}/funding-actions/import`}
          fileLabel={fill(t.importFile, { maxKb: IMPORT_MAX_BYTES / 1024, maxRows: IMPORT_MAX_ROWS })}
        />
        <p>
          <a href={`${apiRoute}/funding-actions/import-template.csv`} download data-testid="funding-import-template">
            {t.template}
          </a>
        </p>
        <ColumnGuide language={language} />
      </details>
    </section>
  )
}
