import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { getPayloadClient } from '@/lib/payload'
import { publicPracticeWhere } from '@/access/publishedPractices'
import type { City } from '@/payload-types'
import type { PostFormValues } from '../posting/formState'
import { THREAD_KINDS, type ThreadKind } from '../options'
import { cachedSpaces } from './cached'

type Option = { value: string; label: string; hint?: string }

/**
 * What the new-thread form offers and starts with: the spaces, kinds and themes, and what the link
 * that led here prefilled (?space=, ?kind=, ?practice=<slug> — "Ask the first movers" — whose lead
 * city and themes are taken as the thread's city and space when the member did not choose).
 */
export async function newThreadChoices(
  locale: Locale,
  { practice, space, kind, memberCity }: { practice: string; space: string; kind: string; memberCity?: number | City | null },
): Promise<{ initial: Partial<PostFormValues>; options: { spaces: Option[]; kinds: Option[]; themes: Option[]; practices: Option[] } }> {
  const payload = await getPayloadClient()
  const hints = getStrings(locale).community.form.kindHints
  const spaces = await cachedSpaces(locale)
  const { docs: themes } = await payload.find({ collection: 'themes', locale, depth: 0, limit: 100, pagination: false, sort: 'order', overrideAccess: false, select: { name: true } })
  const linked = practice
    ? (await payload.find({ collection: 'practices', where: { and: [publicPracticeWhere, { slug: { equals: practice } }] }, locale, depth: 1, limit: 1, overrideAccess: false, select: { title: true, themes: true, leadCity: true } })).docs[0]
    : undefined
  const themeIds = (linked?.themes ?? []).map((theme) => (typeof theme === 'object' ? theme.id : theme))
  const spaceForPractice = spaces.find((candidate) => candidate.kind === 'theme' && candidate.themeId !== null && themeIds.includes(candidate.themeId))
  const leadCity = linked && typeof linked.leadCity === 'object' ? linked.leadCity : null
  const ownCity = memberCity && typeof memberCity === 'object' ? memberCity : null
  const chosenSpace = spaces.find((candidate) => String(candidate.id) === space)
  return {
    initial: {
      space: chosenSpace ? String(chosenSpace.id) : spaceForPractice ? String(spaceForPractice.id) : '',
      kind: kind in THREAD_KINDS ? kind : 'question',
      practices: linked ? [String(linked.id)] : [],
      city: leadCity?.name ?? ownCity?.name ?? '',
    },
    options: {
      spaces: spaces.map((candidate) => ({ value: String(candidate.id), label: candidate.title })),
      kinds: (Object.keys(THREAD_KINDS) as ThreadKind[]).map((value) => ({ value, label: THREAD_KINDS[value][locale], hint: hints[value] })),
      themes: themes.map((theme) => ({ value: String(theme.id), label: theme.name })),
      practices: linked ? [{ value: String(linked.id), label: linked.title ?? '' }] : [],
    },
  }
}
