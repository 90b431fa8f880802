'use client'

/** Placeholder until the re-validation list links land (same session). */
export function RevalidationLinks() {
  return null
}
