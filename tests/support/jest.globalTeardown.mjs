export default async function globalTeardown() {
  const server = globalThis.__gkecTestDatabase
  if (!server || server.exitCode !== null) return
  await new Promise((resolve) => {
    server.once('exit', resolve)
    server.kill('SIGTERM')
  })
}
