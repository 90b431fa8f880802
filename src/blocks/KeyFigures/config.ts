import type { Block } from 'payload'

import { localizedOptions } from '@/lib/geography/regions'
import { KEY_FIGURE_METRICS } from '@/lib/campaigns/options'
import { headingField } from '../shared'

/** Figures computed live from GKEC's published data, never typed in. */
export const KeyFiguresBlock: Block = {
  slug: 'keyFigures',
  interfaceName: 'KeyFiguresBlock',
  labels: { singular: 'Key figures', plural: 'Key figures' },
  fields: [
    headingField(),
    {
      name: 'figures',
      type: 'array',
      minRows: 1,
      maxRows: 6,
      required: true,
      fields: [
        { name: 'metric', type: 'select', required: true, options: localizedOptions(KEY_FIGURE_METRICS) },
        { name: 'label', type: 'text', maxLength: 120, admin: { description: 'Replaces the standard label when set.' } },
      ],
    },
  ],
}
