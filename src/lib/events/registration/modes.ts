import type { AttendanceMode } from '../options'

/** The modes an edition offers: its format says which, and a mode without seats is not offered. */
export function offeredModes(format: string, capacity: Record<AttendanceMode, number>): AttendanceMode[] {
  const byFormat: AttendanceMode[] = format === 'in_person' ? ['in_person'] : format === 'online' ? ['online'] : ['in_person', 'online']
  return byFormat.filter((mode) => capacity[mode] > 0)
}
