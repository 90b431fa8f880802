import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { hasRole } from '@/access/hasRole'
import { linkField } from '@/fields/link'
import { revalidateGlobal } from './hooks/revalidateGlobal'

export const Header: GlobalConfig = {
  slug: 'header',
  label: { en: 'Header', fr: 'En-tête', es: 'Cabecera', pt: 'Cabeçalho' },
  access: { read: anyone, update: hasRole('editor', 'communications') },
  hooks: { afterChange: [revalidateGlobal] },
  fields: [
    {
      name: 'navigation',
      type: 'array',
      maxRows: 8,
      fields: [linkField()],
    },
  ],
}
