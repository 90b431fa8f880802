export const campaignsEn = {
  list: {
    title: 'Campaigns',
    description: 'What the EU Cities Mission and its partner cities are working on now: current campaigns of the Global Knowledge Exchange Centre.',
    lead: 'Current campaigns of the Global Knowledge Exchange Centre.',
    empty: 'There is no campaign running at the moment.',
    until: 'Until {{date}}',
  },
  page: {
    fallback: 'This page is not yet available in {{language}}; it is shown in English.',
    draftBanner: 'You are viewing a draft campaign. It is not public, and visits and clicks are not counted.',
    allCampaigns: 'All campaigns',
    breadcrumb: 'Breadcrumb',
    home: 'Home',
    shareImageAlt: '{{title}} — GKEC campaign',
  },
  video: {
    play: 'Play the video: {{title}}',
    playUntitled: 'Play the video',
    provider: 'Playing it loads the video from {{provider}}, which may set cookies.',
    external: 'Watch “{{title}}” on {{provider}} (leaves GKEC)',
    externalUntitled: 'Watch the video on {{provider}} (leaves GKEC)',
    defaultTitle: 'Video',
  },
  blocks: {
    keyFiguresHeading: 'Key figures',
    featuredHeading: 'Practices',
    allPractices: 'See all matching practices',
    noPractices: 'No practice to show yet.',
    fundingHeading: 'Funding open now',
    allFunding: 'See all funding',
    noFunding: 'No funding action is open at the moment.',
    eventHeading: 'Event',
    eventLink: 'About {{title}}',
    faqHeading: 'Questions and answers',
    partnersHeading: 'Partners',
    externalLink: '(leaves GKEC)',
  },
}

export type CampaignsStrings = typeof campaignsEn
