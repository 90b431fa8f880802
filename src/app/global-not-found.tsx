import './(frontend)/globals.css'

import type { Metadata } from 'next'

import { NotFoundNotice } from '@/components/NotFoundNotice'
import { getStrings } from '@/i18n/strings'

export const metadata: Metadata = { title: getStrings('en').errors.notFoundTitle }

/**
 * Addresses no route matches (`/en/a/b`, `/anything/else`). With two root layouts (the portal's and
 * the admin's) Next.js would otherwise answer with its own bare page, which has no language and
 * none of ours.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main-content">
          <NotFoundNotice />
        </main>
      </body>
    </html>
  )
}
