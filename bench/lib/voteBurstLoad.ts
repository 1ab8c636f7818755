import fs from 'node:fs'

import autocannon from 'autocannon'

/**
 * The load side of the voting burst, in its own process: `voteBurstLoad.ts <vote url> <sessions
 * file> <connections>`. Each connection takes the next member, posts their vote ("yes"), then
 * changes it ("no") on the same connection, so each member's two posts arrive in order, and
 * moves on; every member votes exactly twice. Prints autocannon's result as JSON.
 */
const [url, sessionsFile, connections] = process.argv.slice(2)
const sessions = JSON.parse(fs.readFileSync(sessionsFile!, 'utf8')) as string[]
const origin = new URL(url!).origin
let next = 0
/** What a connection remembers between its two posts: whose session it is using. */
type Context = { cookie?: string }
const headers = (cookie: string) => ({
  cookie,
  origin,
  'content-type': 'application/x-www-form-urlencoded',
})

const result = await autocannon({
  url: url!,
  connections: Number(connections),
  amount: sessions.length * 2,
  method: 'POST',
  requests: [
    {
      setupRequest: (request, context: Context) => {
        context.cookie = sessions[next++ % sessions.length]
        return {
          ...request,
          headers: headers(context.cookie!),
          body: 'intent=vote&choice=yes',
        }
      },
    },
    {
      setupRequest: (request, context: Context) => ({
        ...request,
        headers: headers(context.cookie!),
        body: 'intent=vote&choice=no',
      }),
    },
  ],
})
console.log(JSON.stringify(result))
