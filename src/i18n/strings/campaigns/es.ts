import type { CampaignsStrings } from './en'

export const campaignsEs: CampaignsStrings = {}
