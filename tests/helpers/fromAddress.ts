import { Agent } from 'undici'

/**
 * A fetch dispatcher whose connections leave from another loopback address (all of 127/8 is
 * this machine): the portal and the CMS see another client, as they would another person.
 * Tests that trip a client's throttle use one of their own, so the rest of the suite (from
 * 127.0.0.1) is not throttled by them.
 */
export const fromAddress = (address: string) => new Agent({ localAddress: address })
