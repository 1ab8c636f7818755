/**
 * Figures as `name=value` lines (for scripts and for docs/benchmarks.md) followed by a short
 * table for people.
 */
export class Report {
  private readonly rows: { name: string; value: number; unit: string }[] = []

  add(name: string, value: number, unit = '') {
    this.rows.push({ name, value, unit })
    console.log(`${name}=${Number.isInteger(value) ? value : value.toFixed(2)}`)
  }

  printTable(title: string) {
    const width = Math.max(...this.rows.map((row) => row.name.length))
    console.log(`\n${title}`)
    for (const row of this.rows) {
      const value = Number.isInteger(row.value) ? String(row.value) : row.value.toFixed(2)
      console.log(`  ${row.name.padEnd(width)}  ${value.padStart(10)} ${row.unit}`)
    }
  }
}
