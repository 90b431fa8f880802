import type { Block } from 'payload'

import { linkField } from '@/fields/link'

export const CallToActionBlock: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: { singular: 'Call to action', plural: 'Calls to action' },
  fields: [
    { name: 'heading', type: 'text', localized: true, required: true, maxLength: 120 },
    { name: 'text', type: 'textarea', localized: true, maxLength: 400 },
    linkField(),
  ],
}
