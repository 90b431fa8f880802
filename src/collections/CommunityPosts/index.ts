import type { CollectionConfig } from 'payload'

import { communityPostReadAccess } from '@/access/communityPosts'
import { isAdmin } from '@/access/isAdmin'
import { moderators, moderatorsField } from '@/access/moderators'
import { nobody } from '@/access/nobody'
import { communityPostEndpoints } from '@/lib/community/moderation/endpoints'
import { MODERATION_REASONS, POST_STATES, THREAD_KINDS } from '@/lib/community/options'
import { localizedOptions } from '@/lib/geography/regions'
import { afterPostChange } from './hooks/afterPostChange'
import { computeListed } from './hooks/computeListed'

/**
 * Threads and replies of the learning community, one collection so that flags, moderation, appeals
 * and visibility work the same for both: an opening post has no `thread`, a reply points to its
 * thread's opening post. The body is Markdown, rendered safely (src/lib/community/markdown).
 *
 * Members never write through the API: they post, edit and mark solutions through the community
 * service (src/lib/community/posting), which applies trust levels, limits, sanctions and
 * pre-moderation. Moderators act through the review queue. `listed` (published, in a published
 * thread) is what the public reads.
 */
export const CommunityPosts: CollectionConfig = {
  slug: 'community-posts',
  labels: {
    singular: { en: 'Community post', fr: 'Message de la communauté', es: 'Mensaje de la comunidad', pt: 'Mensagem da comunidade' },
    plural: { en: 'Community posts', fr: 'Messages de la communauté', es: 'Mensajes de la comunidad', pt: 'Mensagens da comunidade' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'author', 'state', 'space', 'createdAt'],
    group: { en: 'Community', fr: 'Communauté', es: 'Comunidad', pt: 'Comunidade' },
    listSearchableFields: ['title', 'body'],
  },
  defaultSort: '-createdAt',
  // Every edit is kept: moderators see what was changed, by whom and when.
  versions: { maxPerDoc: 50 },
  endpoints: communityPostEndpoints,
  access: {
    read: communityPostReadAccess,
    readVersions: moderators,
    create: nobody,
    // Moderators change posts through the review queue, which logs every action and tells the author;
    // a direct edit in the admin or through the API would skip both.
    update: nobody,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [computeListed],
    afterChange: [afterPostChange],
  },
  fields: [
    { name: 'thread', type: 'relationship', relationTo: 'community-posts', index: true, admin: { description: 'Empty for an opening post; the opening post for a reply.' } },
    { name: 'space', type: 'relationship', relationTo: 'community-spaces', required: true, index: true },
    { name: 'kind', type: 'select', options: localizedOptions(THREAD_KINDS), admin: { condition: (data) => !data?.thread } },
    { name: 'title', type: 'text', maxLength: 200 },
    { name: 'body', type: 'textarea', required: true, maxLength: 20000, admin: { description: 'Markdown. Raw HTML is shown as text, never run.' } },
    { name: 'tags', type: 'text', hasMany: true, maxRows: 5, maxLength: 40 },
    { name: 'practices', type: 'relationship', relationTo: 'practices', hasMany: true, maxRows: 10 },
    { name: 'city', type: 'relationship', relationTo: 'cities' },
    { name: 'twinningThemes', type: 'relationship', relationTo: 'themes', hasMany: true, maxRows: 5 },
    { name: 'author', type: 'relationship', relationTo: 'members', index: true, admin: { description: 'Empty once the member deleted her account (“former member”).' } },
    {
      type: 'row',
      fields: [
        { name: 'state', type: 'select', required: true, defaultValue: 'pending', index: true, options: localizedOptions(POST_STATES) },
        { name: 'listed', type: 'checkbox', defaultValue: false, index: true, admin: { readOnly: true, description: 'Published in a published thread: what the public sees.' } },
        { name: 'locked', type: 'checkbox', defaultValue: false, admin: { description: 'A locked thread takes no more replies.' } },
      ],
    },
    {
      name: 'stateReason',
      type: 'select',
      options: localizedOptions(MODERATION_REASONS),
      access: { read: moderatorsField },
    },
    { name: 'stateNote', type: 'textarea', maxLength: 1000, access: { read: moderatorsField }, admin: { description: 'Told to the author with the reason.' } },
    { name: 'solution', type: 'relationship', relationTo: 'community-posts', admin: { description: 'The reply marked as the answer.' } },
    { name: 'solvedAt', type: 'date', index: true },
    { name: 'replyCount', type: 'number', defaultValue: 0, min: 0 },
    { name: 'lastActivityAt', type: 'date', index: true },
    { name: 'editedAt', type: 'date' },
    { name: 'flagCount', type: 'number', defaultValue: 0, min: 0, access: { read: moderatorsField } },
    { name: 'practiceDraft', type: 'relationship', relationTo: 'practices', access: { read: moderatorsField }, admin: { description: 'The draft practice made from this thread.' } },
  ],
}
