import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { hasRole } from '@/access/hasRole'
import { linkField } from '@/fields/link'
import { revalidateGlobal } from './hooks/revalidateGlobal'

export const Footer: GlobalConfig = {
  slug: 'footer',
  label: { en: 'Footer', fr: 'Pied de page', es: 'Pie de página', pt: 'Rodapé' },
  access: { read: anyone, update: hasRole('editor', 'communications') },
  hooks: { afterChange: [revalidateGlobal] },
  fields: [
    {
      name: 'navigation',
      type: 'array',
      maxRows: 12,
      fields: [linkField()],
    },
    {
      name: 'legalNotice',
      type: 'textarea',
      localized: true,
      maxLength: 600,
      admin: { description: 'Funding acknowledgement and disclaimer shown at the foot of every page.' },
    },
  ],
}
