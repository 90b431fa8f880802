import { stringify } from 'csv-stringify/sync'
import type { Endpoint } from 'payload'

import { IMPORT_COLUMNS, TEMPLATE_EXAMPLE } from '@/lib/funding/import/columns'
import { refuseNonEditor } from './editorOnly'

/**
 * GET /api/funding-actions/import-template.csv: every column the import reads, and one example row
 * showing the formats (imported as it is, it would only make a draft). UTF-8 with a byte-order mark
 * so that spreadsheets read accents right.
 */
export const importTemplateEndpoint: Endpoint = {
  path: '/import-template.csv',
  method: 'get',
  handler: (req) => {
    const refusal = refuseNonEditor(req)
    if (refusal) return refusal
    const csv = '\uFEFF' + stringify([[...IMPORT_COLUMNS], IMPORT_COLUMNS.map((column) => TEMPLATE_EXAMPLE[column])])
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="gkec-funding-actions-template.csv"',
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
