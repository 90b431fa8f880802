import type { CollectionConfig } from 'payload'

import { moderators } from '@/access/moderators'
import { nobody } from '@/access/nobody'
import { MODERATION_ACTIONS, MODERATION_REASONS } from '@/lib/community/options'
import { localizedOptions } from '@/lib/geography/regions'

/**
 * The moderation log: every action on a post or a member, with its moderator (none for an automatic
 * hide), reason, note and time. Written only by the moderation service, never changed or deleted;
 * the public monthly log shows counts by action and reason, no personal data.
 */
export const ModerationActions: CollectionConfig = {
  slug: 'moderation-actions',
  labels: {
    singular: { en: 'Moderation action', fr: 'Action de modération', es: 'Acción de moderación', pt: 'Ação de moderação' },
    plural: { en: 'Moderation log', fr: 'Journal de modération', es: 'Registro de moderación', pt: 'Registo de moderação' },
  },
  admin: {
    defaultColumns: ['action', 'reason', 'moderator', 'post', 'member', 'createdAt'],
    group: { en: 'Community', fr: 'Communauté', es: 'Comunidad', pt: 'Comunidade' },
  },
  defaultSort: '-createdAt',
  access: { read: moderators, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'action', type: 'select', required: true, index: true, options: localizedOptions(MODERATION_ACTIONS) },
        { name: 'reason', type: 'select', index: true, options: localizedOptions(MODERATION_REASONS) },
      ],
    },
    { name: 'note', type: 'textarea', maxLength: 2000, admin: { description: 'The reason in words, told to the author.' } },
    { name: 'moderator', type: 'relationship', relationTo: 'users', index: true },
    { name: 'automatic', type: 'checkbox', defaultValue: false, admin: { description: 'Done by the rules (e.g. hidden by flags), not by a moderator.' } },
    { name: 'post', type: 'relationship', relationTo: 'community-posts', index: true },
    { name: 'member', type: 'relationship', relationTo: 'members', index: true, admin: { description: 'The member acted on (the post’s author, or the sanctioned member).' } },
    { name: 'until', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      type: 'row',
      fields: [
        { name: 'fromSpace', type: 'relationship', relationTo: 'community-spaces' },
        { name: 'toSpace', type: 'relationship', relationTo: 'community-spaces' },
      ],
    },
    { name: 'practice', type: 'relationship', relationTo: 'practices', admin: { description: 'The draft practice made from the thread.' } },
  ],
}
