import fs from 'node:fs'
import path from 'node:path'

import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * No import circle in the house (docs/architecture.md): a circle makes the order in which modules
 * start matter, and it once ran through nine files of mail, jobs and the workflow plugin. The
 * graph is built with TypeScript's own parser and module resolution; type-only imports count too,
 * since they tie the files' meaning together as much as their running.
 */
const ROOT = path.resolve(import.meta.dirname, '../..')
const LAYERS = ['cms', 'portal/src', 'shared']
const SKIPPED = new Set(['node_modules', '.next', 'dist', '.astro', 'migrations'])

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : sourceFiles(full)
    return /\.(ts|tsx|astro)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : []
  })

/** An .astro file's imports are in its frontmatter, between the first two `---` lines. */
const scriptOf = (file: string): string => {
  const text = fs.readFileSync(file, 'utf8')
  if (!file.endsWith('.astro')) return text
  return /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? ''
}

const resolveLocal = (specifier: string, from: string): string | null => {
  if (!specifier.startsWith('.')) return null
  const base = path.resolve(path.dirname(from), specifier)
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]
  return (
    candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile()) ??
    null
  )
}

const importGraph = (): Map<string, string[]> => {
  const files = LAYERS.flatMap((layer) => sourceFiles(path.join(ROOT, layer)))
  return new Map(
    files.map((file) => [
      file,
      ts
        .preProcessFile(scriptOf(file), true, true)
        .importedFiles.map((imported) => resolveLocal(imported.fileName, file))
        .filter((target): target is string => target !== null),
    ]),
  )
}

/** The strongly connected parts of more than one file (Tarjan), each a circle of imports. */
const circlesOf = (graph: Map<string, string[]>): string[][] => {
  const order = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const circles: string[][] = []
  const visit = (file: string) => {
    order.set(file, order.size)
    low.set(file, order.get(file)!)
    stack.push(file)
    onStack.add(file)
    for (const next of graph.get(file) ?? []) {
      if (!order.has(next)) {
        visit(next)
        low.set(file, Math.min(low.get(file)!, low.get(next)!))
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, order.get(next)!))
      }
    }
    if (low.get(file) === order.get(file)) {
      const part: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        part.push(member)
      } while (member !== file)
      if (part.length > 1) circles.push(part.sort())
    }
  }
  for (const file of graph.keys()) if (!order.has(file)) visit(file)
  return circles
}

describe('the layers', () => {
  it('import one another without a circle', () => {
    const graph = importGraph()
    // The walk found the house (and its imports), not an empty folder.
    expect(graph.size).toBeGreaterThan(200)
    expect([...graph.values()].flat().length).toBeGreaterThan(500)
    const circles = circlesOf(graph).map((circle) =>
      circle.map((file) => path.relative(ROOT, file)),
    )
    expect(circles).toEqual([])
  })

  it('finds a circle where there is one', () => {
    const planted = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ])
    expect(circlesOf(planted)).toEqual([['a.ts', 'b.ts', 'c.ts']])
  })
})
