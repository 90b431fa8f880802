import { Body, Container, Head, Hr, Html, Link, Preview, Text } from '@react-email/components'

import type { Locale } from '@/i18n/locales'
import type { ResolvedBlock } from '@/lib/campaigns/types'
import { EmailBlocks } from './EmailBlocks'
import type { EmailStrings } from './strings'
import { styles } from './styles'
import type { Utm } from './utm'

export type IssueEmailProps = {
  /** The subscriber's language: links, figures' labels and the footer. */
  locale: Locale
  /** The language of the authored words (English when hers has no blocks of its own). */
  lang: Locale
  subject: string
  preheader: string | null
  blocks: ResolvedBlock[]
  utm: Utm
  strings: EmailStrings
  homeUrl: string
  /** Placeholders replaced per recipient after the one render per language. */
  preferencesUrl: string
  unsubscribeUrl: string
}

/** One newsletter issue as an e-mail: the blocks, then why you get it and how to stop. */
export function IssueEmail({ locale, lang, subject, preheader, blocks, utm, strings, homeUrl, preferencesUrl, unsubscribeUrl }: IssueEmailProps) {
  return (
    <Html lang={lang}>
      <Head>
        <title>{subject}</title>
      </Head>
      {preheader ? <Preview>{preheader}</Preview> : null}
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>
            <Link href={homeUrl} style={{ ...styles.link, textDecoration: 'none' }}>GKEC</Link>
          </Text>
          <EmailBlocks blocks={blocks} context={{ locale, utm, strings }} />
          <Hr style={styles.hr} />
          <Text style={styles.footer}>{strings.footerWhy}</Text>
          <Text style={styles.footer}>
            <Link href={preferencesUrl} style={styles.link}>{strings.footerPreferences}</Link>
            {' · '}
            <Link href={unsubscribeUrl} style={styles.link}>{strings.footerUnsubscribe}</Link>
          </Text>
          <Text style={styles.footer}>{strings.footerLegal}</Text>
        </Container>
      </Body>
    </Html>
  )
}
