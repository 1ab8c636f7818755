import type { Access } from 'payload'

/** True: public data, for every visitor. */
export const anyone: Access = () => true
