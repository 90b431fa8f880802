/** The writes of one posting action run in one transaction: all of them, or none. */
export { inTransaction } from '@/db/transaction'
