import { evaluationEn } from './evaluation/en'
import { fundingEn } from './funding/en'
import { fundingAlertsEn } from './fundingAlerts/en'
import { geographyEn } from './geography/en'
import { practiceEn } from './practice/en'
import { repositoryEn } from './repository/en'
import { submissionEn } from './submission/en'
import { eventsEn } from './events/en'
import { eventRegistrationEn } from './eventRegistration/en'
import { eventCalendarEn } from './eventCalendar/en'
import { communityNotificationsEn } from './communityNotifications/en'
import { moderationEn } from './moderation/en'
import { membersEn } from './members/en'
import { communityEn } from './community/en'
import { campaignsEn } from './campaigns/en'
import { newsEn } from './news/en'
import { newsletterEn } from './newsletter/en'

export const en = {
  site: {
    name: 'Global Knowledge Exchange Centre',
    shortName: 'GKEC',
    tagline: 'Emissions reduction pathways for cities',
    description:
      'Learn from the cities furthest along the road to climate neutrality, find funding and advice, and meet — the international platform of the EU Cities Mission.',
  },
  a11y: {
    skipToContent: 'Skip to main content',
    mainNavigation: 'Main navigation',
    footerNavigation: 'Footer navigation',
    languageSwitcher: 'Choose a language',
    currentLanguage: 'current language',
  },
  home: {
    heroTitle: 'Learn from the first movers towards climate-neutral cities',
    heroLead:
      'Evaluated best practices, funding and advice, and a community of cities in Europe and worldwide working to cut their emissions.',
    explore: 'Explore',
    pillars: {
      practices: { title: 'Best practices', text: 'Evaluated practices by region and theme, with their measured impact.', href: '/practices' },
      funding: { title: 'Funding and advice', text: 'Find the funding and advisory actions your city can apply for.', href: '/funding' },
      community: { title: 'Learning community', text: 'Ask first movers, share experience and find twinning partners.', href: '/community' },
      news: { title: 'News and events', text: 'Campaigns, milestones and the annual international outreach event.', href: '/news' },
      events: { title: 'Annual event', text: 'Programme, speakers and registration for the international outreach event.', href: '/events' },
    },
  },
  page: {
    lastUpdated: 'Last updated',
    draftBanner: 'You are viewing a draft. It is not public.',
  },
  errors: {
    notFoundTitle: 'Page not found',
    notFoundText: 'The page you are looking for does not exist or has moved.',
    backHome: 'Go to the home page',
  },
  footer: {
    mission: 'An initiative of the EU Mission for Climate-Neutral and Smart Cities',
  },
  repository: repositoryEn,
  practice: practiceEn,
  geography: geographyEn,
  submission: submissionEn,
  evaluation: evaluationEn,
  funding: fundingEn,
  fundingAlerts: fundingAlertsEn,
  eventCalendar: eventCalendarEn,
  communityNotifications: communityNotificationsEn,
  moderation: moderationEn,
  members: membersEn,
  community: communityEn,
  campaigns: campaignsEn,
  news: newsEn,
  newsletter: newsletterEn,
  eventRegistration: eventRegistrationEn,
  events: eventsEn,
}

export type Strings = typeof en
