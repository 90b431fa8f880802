import type { CampaignsStrings } from './en'

export const campaignsFr: CampaignsStrings = {}
