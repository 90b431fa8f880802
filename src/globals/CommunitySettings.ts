import type { Field, GlobalConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { anyone } from '@/access/anyone'
import { COMMUNITY_DEFAULTS, type TrustLimits } from '@/lib/community/settings'

const limitsGroup = (name: string, label: string, defaults: TrustLimits): Field => ({
  name,
  label,
  type: 'group',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'threadsPerDay', type: 'number', required: true, min: 0, max: 1000, defaultValue: defaults.threadsPerDay },
        { name: 'repliesPerDay', type: 'number', required: true, min: 0, max: 5000, defaultValue: defaults.repliesPerDay },
        { name: 'linksPerPost', type: 'number', required: true, min: 0, max: 500, defaultValue: defaults.linksPerPost },
      ],
    },
  ],
})

/** The community's rules: pre-moderation, the flag threshold, limits by trust level and promotion. */
export const CommunitySettings: GlobalConfig = {
  slug: 'community-settings',
  label: { en: 'Community settings', fr: 'Règles de la communauté', es: 'Reglas de la comunidad', pt: 'Regras da comunidade' },
  admin: { group: { en: 'Community', fr: 'Communauté', es: 'Comunidad', pt: 'Comunidade' } },
  // Nothing here is confidential: the community guidelines quote these rules.
  access: { read: anyone, update: isAdmin },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'heldPosts', type: 'number', required: true, min: 0, max: 50, defaultValue: COMMUNITY_DEFAULTS.heldPosts, admin: { description: 'A new member’s first posts wait for review.' } },
        { name: 'flagsToHide', type: 'number', required: true, min: 1, max: 50, defaultValue: COMMUNITY_DEFAULTS.flagsToHide, admin: { description: 'Flags from this many members hide a post until reviewed.' } },
      ],
    },
    limitsGroup('level0', 'Trust level 0 (new members)', COMMUNITY_DEFAULTS.limits[0]),
    limitsGroup('level1', 'Trust level 1', COMMUNITY_DEFAULTS.limits[1]),
    limitsGroup('level2', 'Trust level 2 and above', COMMUNITY_DEFAULTS.limits[2]),
    {
      type: 'row',
      fields: [
        { name: 'level1AfterPosts', type: 'number', required: true, min: 0, defaultValue: COMMUNITY_DEFAULTS.level1AfterPosts, admin: { description: 'Published posts for level 1.' } },
        { name: 'level2AfterPosts', type: 'number', required: true, min: 0, defaultValue: COMMUNITY_DEFAULTS.level2AfterPosts, admin: { description: 'Published posts for level 2…' } },
        { name: 'level2AfterDays', type: 'number', required: true, min: 0, defaultValue: COMMUNITY_DEFAULTS.level2AfterDays, admin: { description: '…and days since joining.' } },
      ],
    },
  ],
}
