// A CKAN portal in a process of its own (the simulated portal of the built dist/, behind a plain
// forwarder), so that a test can kill it with SIGKILL in the middle of a page. It prints
// `READY <json description>`; after a `slow` line on stdin, it sends half of every page, prints
// `MIDPAGE` and waits for its death.
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { startSimulatedCkan } from '../../../dist/sources/ckan/simulator/index.js';

const records = Number(process.argv[2] ?? '12');
const seed = Number(process.argv[3] ?? '7');
const portal = await startSimulatedCkan({ records, seed });
const upstream = portal.description.url.replace(/\/$/, '');
let slow = false;

const server = createServer((req, res) => {
  fetch(`${upstream}${req.url}`, { headers: { accept: req.headers.accept ?? '*/*' } })
    .then(async (answer) => {
      const body = Buffer.from(await answer.arrayBuffer());
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json', 'content-length': body.length });
      if (slow && (req.url ?? '').includes('package_search')) {
        res.write(body.subarray(0, Math.floor(body.length / 2)));
        process.stdout.write('MIDPAGE\n');
        return; // the rest never comes
      }
      res.end(body);
    })
    .catch((error) => {
      res.writeHead(500);
      res.end(String(error));
    });
});
server.listen(0, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${server.address().port}`;
  process.stdout.write(`READY ${JSON.stringify({ ...portal.description, url })}\n`);
});
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() === 'slow') slow = true;
});
