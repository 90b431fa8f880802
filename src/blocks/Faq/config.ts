import type { Block } from 'payload'

import { headingField } from '../shared'

/** Questions and answers as <details>: they open without JavaScript. */
export const FaqBlock: Block = {
  slug: 'faq',
  interfaceName: 'FaqBlock',
  labels: { singular: 'FAQ', plural: 'FAQs' },
  fields: [
    headingField(),
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      maxRows: 30,
      required: true,
      fields: [
        { name: 'question', type: 'text', required: true, maxLength: 200 },
        { name: 'answer', type: 'richText', required: true },
      ],
    },
  ],
}
