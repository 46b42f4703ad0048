// The yardstick of `npm run bench:load`: a bare node:http server that answers every request with the same
// bytes and headers the app sends for one lesson (argv: file, content-encoding or "identity", port).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [file, encoding, port] = process.argv.slice(2);
const body = readFileSync(file);
const headers = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Length': body.length,
  'Cache-Control': 'no-cache',
  Vary: 'Accept-Encoding',
  ...(encoding && encoding !== 'identity' ? { 'Content-Encoding': encoding } : {}),
};
const server = createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
});
server.listen(Number(port), '127.0.0.1', () => console.log(`bare node:http on ${port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
