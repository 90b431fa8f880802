'use client'

import { useCallback, useEffect, useState } from 'react'

import type { AdminLanguage } from './language'
import { adminRequest } from './request'

type Loaded<T> = { url: string; data: T | null; error: string | null }

/**
 * Reads one of our API URLs for an admin component (null: nothing to read yet). `reload` reads it
 * again, e.g. after an action changed what it returns.
 */
export function useAdminData<T>(url: string | null, language: AdminLanguage) {
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null)
  const [generation, setGeneration] = useState(0)

  useEffect(() => {
    if (!url) return
    const controller = new AbortController()
    adminRequest<T>(url, language, { signal: controller.signal })
      .then((result) => setLoaded(result.ok ? { url, data: result.data, error: null } : { url, data: null, error: result.message }))
      .catch(() => undefined)
    return () => controller.abort()
  }, [url, language, generation])

  const reload = useCallback(() => setGeneration((value) => value + 1), [])
  const current = loaded && loaded.url === url ? loaded : null
  return { data: current?.data ?? null, error: current?.error ?? null, loading: Boolean(url) && !current, reload }
}
