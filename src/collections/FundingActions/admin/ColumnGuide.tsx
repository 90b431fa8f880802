import type { AdminLanguage } from '@/components/admin/language'
import { COLUMN_KINDS, IMPORT_COLUMNS, type ImportColumn, NEEDED_FOR_NEW, REQUIRED_COLUMNS } from '@/lib/funding/import/columns'
import { APPLICANT_TYPES, COUNTRY_SCOPES, FUNDING_DIRECTIONS, FUNDING_INSTRUMENTS, FUNDING_LEVELS, keysOf, ORGANISATION_TYPES } from '@/lib/funding/options'
import { worldRegionCodes } from '@/lib/geography/regions'
import { kindTexts } from './columnTexts'
import { toolTexts } from './texts'

const VALUES: Partial<Record<ImportColumn, readonly string[]>> = {
  level: keysOf(FUNDING_LEVELS),
  direction: keysOf(FUNDING_DIRECTIONS),
  instruments: keysOf(FUNDING_INSTRUMENTS),
  eligible_regions: worldRegionCodes,
  country_scope: keysOf(COUNTRY_SCOPES),
  applicant_types: keysOf(APPLICANT_TYPES),
  provider_type: keysOf(ORGANISATION_TYPES),
}

/** Every column of the import and how to write it, in the editor's language. */
export function ColumnGuide({ language }: { language: AdminLanguage }) {
  const t = toolTexts[language]
  return (
    <details>
      <summary>{t.guide}</summary>
      <table data-testid="funding-import-columns">
        <thead>
          <tr>
            <th scope="col">{t.guideColumn}</th>
            <th scope="col">{t.guideFormat}</th>
          </tr>
        </thead>
        <tbody>
          {IMPORT_COLUMNS.map((column) => (
            <tr key={column}>
              <td>
                <code>{column}</code>
              </td>
              <td>
                {REQUIRED_COLUMNS.includes(column) && column !== 'external_id' ? `${t.requiredMark} ` : null}
                {NEEDED_FOR_NEW.includes(column) ? `${t.neededForNewMark} ` : null}
                {kindTexts[language][COLUMN_KINDS[column]].replace('{values}', (VALUES[column] ?? []).join(', '))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}
