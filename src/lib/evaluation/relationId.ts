export { relationId } from '@/lib/relationId'
