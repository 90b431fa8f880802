'use client'

/** Placeholder until the practice's evaluation panel lands (same session). */
export function EvaluationPanel() {
  return null
}
