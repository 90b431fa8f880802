import type { ReactNode } from 'react'

import { Breadcrumbs } from '@/components/geography/Breadcrumbs'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import type { PracticeNeighbours, PracticeView } from '@/lib/practices/practiceView'
import { BudgetFinancing, hasBudget } from './BudgetFinancing'
import { ImpactFigures } from './ImpactFigures'
import { hasImplementation, ImplementationDetails } from './ImplementationDetails'
import { LeadCityBox } from './LeadCityBox'
import { PracticeCardList } from './PracticeCardList'
import { ContactsForMembers } from './PracticeContacts'
import { PracticeContacts } from './PracticeContacts'
import { PracticeFigure } from './PracticeFigure'
import { PracticeHeader } from './PracticeHeader'
import { LookingForPartners, PracticePartners } from './PracticePartners'
import { PracticeDocuments, SourceLinks } from './PracticeResources'
import { hasRichText, PracticeRichText } from './PracticeRichText'
import { PracticeSection } from './PracticeSection'
import { PracticeToc } from './PracticeToc'
import { hasFamily, ReplicationFamilySection } from './ReplicationFamilySection'
import { hasReplicationGuidance, ReplicationGuidance } from './ReplicationGuidance'

type Props = {
  practice: PracticeView
  neighbours: PracticeNeighbours
  locale: Locale
  /** The published evaluation result, a section of its own at the top of the story (see components/evaluation). */
  evaluation?: { id: string; title: string; content: ReactNode }
}

type Section = { id: string; title: string; content: ReactNode }

/** Every section of the template that this practice fills, in the template's order. */
function storySections({ practice, neighbours, locale }: Props): Section[] {
  const strings = getStrings(locale).practice
  const { sections } = strings
  const rich = (id: string, title: string, data: PracticeView['story']['challenge']): Section | null =>
    hasRichText(data) ? { id, title, content: <PracticeRichText data={data} locale={locale} /> } : null
  const [, ...moreImages] = practice.images
  const candidates: Array<Section | null> = [
    rich('challenge', sections.challenge, practice.story.challenge),
    rich('objectives', sections.objectives, practice.story.objectives),
    rich('solution', sections.solution, practice.story.solution),
    hasImplementation(practice.implementation)
      ? { id: 'implementation', title: sections.implementation, content: <ImplementationDetails implementation={practice.implementation} strings={strings.implementation} /> }
      : null,
    rich('results', sections.results, practice.story.results),
    { id: 'impact', title: sections.impact, content: <ImpactFigures practice={practice} locale={locale} strings={strings} /> },
    rich('success-factors', sections.successFactors, practice.story.successFactors),
    rich('limiting-factors', sections.limitingFactors, practice.story.limitingFactors),
    hasReplicationGuidance(practice.replication)
      ? { id: 'replication', title: sections.replication, content: <ReplicationGuidance replication={practice.replication} locale={locale} strings={strings.replication} /> }
      : null,
    hasBudget(practice.budget) ? { id: 'budget', title: sections.budget, content: <BudgetFinancing budget={practice.budget} locale={locale} strings={strings.budget} /> } : null,
    moreImages.length > 0
      ? {
          id: 'images',
          title: sections.images,
          content: (
            <div className="practice-gallery">
              {moreImages.map((image) => (
                <PracticeFigure key={image.url} image={image} strings={strings.media} />
              ))}
            </div>
          ),
        }
      : null,
    practice.partners.length > 0 ? { id: 'partners', title: sections.partners, content: <PracticePartners partners={practice.partners} /> } : null,
    practice.contacts?.length
      ? { id: 'contacts', title: sections.contacts, content: <PracticeContacts contacts={practice.contacts} strings={strings.contacts} /> }
      : practice.contacts === null && !practice.draft
        ? { id: 'contacts', title: sections.contacts, content: <ContactsForMembers href={`/${locale}/practices/${practice.slug}/contacts`} strings={strings.contacts} /> }
        : null,
    practice.documents.length > 0
      ? { id: 'documents', title: sections.documents, content: <PracticeDocuments documents={practice.documents} locale={locale} strings={strings.media} /> }
      : null,
    practice.sourceLinks.length > 0 ? { id: 'sources', title: sections.sources, content: <SourceLinks links={practice.sourceLinks} /> } : null,
    hasFamily(neighbours.family)
      ? { id: 'replication-family', title: sections.family, content: <ReplicationFamilySection family={neighbours.family} locale={locale} strings={strings.family} /> }
      : null,
  ]
  return candidates.filter((section): section is Section => section !== null)
}

/** The whole practice page below the site header: header, story, impact, place and neighbours. */
export function PracticeArticle(props: Props) {
  const { practice, neighbours, locale, evaluation } = props
  const strings = getStrings(locale).practice
  const sections = storySections(props)
  const tocSections = [...(evaluation ? [evaluation] : []), ...sections].map(({ id, title }) => ({ id, title }))
  const [leadImage] = practice.images
  return (
    <article className="container practice">
      {practice.draft && (
        <p className="draft-banner" role="status">
          {strings.draftBanner}
        </p>
      )}
      <Breadcrumbs
        label={strings.breadcrumb.label}
        crumbs={[
          { label: strings.breadcrumb.home, href: `/${locale}` },
          { label: strings.breadcrumb.practices, href: `/${locale}/practices` },
          { label: practice.title },
        ]}
      />
      <PracticeHeader practice={practice} locale={locale} strings={strings} />
      <div className="practice-layout">
        <div className="practice-layout__side">
          <PracticeToc label={strings.onThisPage} sections={tocSections} />
          {practice.leadCity && <LeadCityBox city={practice.leadCity} otherLocations={practice.otherLocations} locale={locale} strings={strings} />}
          {practice.lookingForPartners && <LookingForPartners strings={strings.partners} />}
        </div>
        <div className="practice-layout__main">
          {leadImage && <PracticeFigure image={leadImage} strings={strings.media} priority />}
          {evaluation?.content}
          {sections.map((section) => (
            <PracticeSection key={section.id} id={section.id} title={section.title}>
              {section.content}
            </PracticeSection>
          ))}
        </div>
      </div>
      {neighbours.citiesLikeMine.length > 0 && (
        <PracticeSection id="cities-like-mine" title={strings.sections.citiesLikeMine} className="practice-neighbours">
          <p className="practice-section__intro">{strings.citiesLikeMine.intro}</p>
          <PracticeCardList practices={neighbours.citiesLikeMine} locale={locale} />
        </PracticeSection>
      )}
      {neighbours.related.length > 0 && (
        <PracticeSection id="related" title={strings.sections.related} className="practice-neighbours">
          <p className="practice-section__intro">{strings.related.intro}</p>
          <PracticeCardList practices={neighbours.related} locale={locale} />
        </PracticeSection>
      )}
    </article>
  )
}
