import fs from 'node:fs'
import { createServer } from 'node:http'

/**
 * The practical ceiling for a page: node:http answering fixed bytes from memory, with the same
 * headers the portal sent. Run as its own process: `plainServer.ts <port> <body file> <headers>`.
 */
const [port, bodyFile, headersJson] = process.argv.slice(2)
const body = fs.readFileSync(bodyFile!)
const headers = JSON.parse(headersJson!) as Record<string, string>
createServer((_req, res) => {
  res.writeHead(200, headers)
  res.end(body)
}).listen(Number(port), '127.0.0.1', () => console.log('ready'))
