import type { CommunityNotificationsStrings } from './en'

export const communityNotificationsEs: CommunityNotificationsStrings = {}
