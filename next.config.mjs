import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/lib/security/headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // NEXT_DIST_DIR lets two local servers (or a build and a dev server) share one checkout.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  images: { unoptimized: true },
  // With two root layouts (portal and admin) this is how unmatched addresses get our not-found page,
  // in a document with a language, instead of Next.js's bare default (src/app/global-not-found.tsx).
  experimental: { globalNotFound: true },
  // Metadata (title, description, alternates) goes in the <head> for every visitor, as it does for
  // crawlers, rather than being streamed into the body: pages are read without JavaScript too.
  htmlLimitedBots: /.*/,
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders({ production: process.env.NODE_ENV === 'production' }) },
      // The event team's check-in desk may scan QR codes with this origin's camera (the last rule wins).
      {
        source: '/admin/event-check-in',
        headers: [{ key: 'Permissions-Policy', value: 'camera=(self), microphone=(), geolocation=(), interest-cohort=()' }],
      },
      // The repository's search answers depend on the address alone (no cookie, no draft mode), so a
      // shared cache may keep them briefly; practice pages (ISR) send their own header.
      {
        source: '/:locale(en|fr|es|pt)/practices',
        headers: [{ key: 'Cache-Control', value: 'public, s-maxage=60, stale-while-revalidate=300' }],
      },
      // The funding search likewise (its answers carry a status that changes with time: a minute is fine).
      {
        source: '/:locale(en|fr|es|pt)/funding',
        headers: [{ key: 'Cache-Control', value: 'public, s-maxage=60, stale-while-revalidate=300' }],
      },
      // The event's public pages read the visitor's zone (?tz) from the address, so they render per
      // request from tag-cached data; a shared cache may keep each address for a minute.
      {
        source: '/:locale(en|fr|es|pt)/events/:slug/:page(programme|speakers)?',
        headers: [{ key: 'Cache-Control', value: 'public, s-maxage=60, stale-while-revalidate=300' }],
      },
      {
        source: '/:locale(en|fr|es|pt)/events/:slug/sessions/:session',
        headers: [{ key: 'Cache-Control', value: 'public, s-maxage=60, stale-while-revalidate=300' }],
      },
      // API answers depend on who asks (session cookie or token): no shared cache may keep them.
      { source: '/api/:path*', headers: [{ key: 'Cache-Control', value: 'private, no-store' }] },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
