'use client'

/** Placeholder until the CSV export form lands (same session). */
export function ExportForm() {
  return null
}
