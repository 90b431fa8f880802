import type { SpeakerView } from '@/lib/events/view/types'

/** "Medellín, Colombia". */
export const speakerPlace = (speaker: SpeakerView): string => [speaker.city, speaker.country?.name].filter(Boolean).join(', ')
