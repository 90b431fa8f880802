import { defaultLocale } from '@/i18n/locales'

/**
 * Where the admin panel opens a draft: our preview route checks that the visitor is signed-in staff,
 * turns on Next.js draft mode, then redirects to the public address of the document.
 */
export function previewPath(args: { collection: string; slug?: string | null; locale?: string }): string {
  const params = new URLSearchParams({
    collection: args.collection,
    slug: args.slug ?? '',
    locale: args.locale ?? defaultLocale,
  })
  return `/next/preview?${params.toString()}`
}
