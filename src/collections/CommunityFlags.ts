import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { moderators } from '@/access/moderators'
import { nobody } from '@/access/nobody'
import { FLAG_REASONS } from '@/lib/community/options'
import { localizedOptions } from '@/lib/geography/regions'

/**
 * A member's flag on a post, with a reason. One flag per member and post (the database refuses a
 * second). Members flag through the community service (src/lib/community/moderation), which hides
 * a post that reaches the threshold; only moderators read flags (flaggers stay anonymous to authors).
 */
export const CommunityFlags: CollectionConfig = {
  slug: 'community-flags',
  labels: {
    singular: { en: 'Flag', fr: 'Signalement', es: 'Denuncia', pt: 'Denúncia' },
    plural: { en: 'Flags', fr: 'Signalements', es: 'Denuncias', pt: 'Denúncias' },
  },
  admin: {
    defaultColumns: ['post', 'reason', 'status', 'createdAt'],
    group: { en: 'Community', fr: 'Communauté', es: 'Comunidad', pt: 'Comunidade' },
  },
  access: { read: moderators, create: nobody, update: moderators, delete: isAdmin },
  indexes: [{ fields: ['post', 'member'], unique: true }],
  fields: [
    { name: 'post', type: 'relationship', relationTo: 'community-posts', required: true, index: true },
    { name: 'member', type: 'relationship', relationTo: 'members', index: true, admin: { description: 'Empty once the member deleted her account.' } },
    { name: 'reason', type: 'select', required: true, options: localizedOptions(FLAG_REASONS) },
    { name: 'text', type: 'textarea', maxLength: 1000, admin: { description: 'Required with “other”.' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: [
        { value: 'open', label: { en: 'Open', fr: 'Ouvert', es: 'Abierta', pt: 'Aberta' } },
        { value: 'upheld', label: { en: 'Upheld', fr: 'Retenu', es: 'Aceptada', pt: 'Aceite' } },
        { value: 'dismissed', label: { en: 'Dismissed', fr: 'Écarté', es: 'Desestimada', pt: 'Rejeitada' } },
      ],
    },
  ],
}
