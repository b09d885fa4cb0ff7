// MDN HTTP Observatory (@mdn/mdn-http-observatory 1.4.8) grade of the production server's headers.
// Usage: node bench/observatory.mjs   (after `npm run build`)
//
// The Observatory grades a hostname as a browser reaches it: http:// first (which should redirect to
// https://), then https://. So the server is put behind the set-up of a real deployment, all on localhost:
//   - an HTTPS front (node:https) with a self-signed certificate for "localhost", made by
//     `openssl req -x509` in a temporary directory, forwarding every request unchanged to `next start`
//     (plus X-Forwarded-Proto/Host, as a TLS-terminating proxy sends);
//   - a plain-HTTP listener that answers 301 to the same URL on https://.
// The scan itself runs in a child Node process with NODE_EXTRA_CA_CERTS = that certificate, so that
// the Observatory's ordinary certificate checks pass (its bin wrapper would load a Mozilla CA bundle
// downloaded at install time; there is no internet here, so the bin is not used).
//
// Two work-arounds for 1.4.8, both in the child:
//   - scan(hostname, options) drops its options (it calls retrieve(hostname)), so the ports would be
//     80/443; the child calls retrieve(hostname, options) and grades with the package's own tests and
//     grader, the same steps as scan() (src/scanner/index.js).
//   - The HSTS preload list (conf/hsts-preload.json) is downloaded by the package's postinstall, which
//     does not run here; when it is missing an empty list is written. "localhost" is on no preload
//     list, so the verdicts are the same.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { requireBuild, startNext } from './server.mjs';

const OBSERVATORY = new URL('../node_modules/@mdn/mdn-http-observatory/', import.meta.url);

function selfSignedCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-observatory-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=DNS:localhost', '-keyout', key, '-out', cert],
    { stdio: 'ignore' },
  );
  return { dir, key, cert };
}

const listen = (server) => new Promise((resolve) => server.listen(0, 'localhost', () => resolve(server.address().port)));

/** The HTTPS front and the HTTP → HTTPS redirect, in front of `upstream` (http://localhost:port). */
async function deployment(upstream, certificate) {
  const target = new URL(upstream);
  let httpsPort;
  const front = createHttpsServer(
    { key: readFileSync(certificate.key), cert: readFileSync(certificate.cert) },
    (request, response) => {
      const headers = { ...request.headers, 'x-forwarded-proto': 'https', 'x-forwarded-host': request.headers.host };
      const forward = httpRequest({ host: target.hostname, port: target.port, method: request.method, path: request.url, headers }, (answer) => {
        response.writeHead(answer.statusCode, answer.rawHeaders);
        answer.pipe(response);
      });
      forward.on('error', () => response.writeHead(502).end());
      request.pipe(forward);
    },
  );
  httpsPort = await listen(front);
  const redirect = createHttpServer((request, response) => {
    response.writeHead(301, { location: `https://localhost:${httpsPort}${request.url}` }).end();
  });
  const httpPort = await listen(redirect);
  return { httpPort, httpsPort, close: () => (front.close(), redirect.close()) };
}

/** In the child: the steps of the package's scan(), with the ports passed on. */
async function scanInChild({ httpPort, httpsPort }) {
  const preload = new URL('conf/hsts-preload.json', OBSERVATORY);
  if (!existsSync(preload)) writeFileSync(preload, '{}');
  const from = (path) => import(new URL(path, OBSERVATORY).href);
  const { retrieve } = await from('src/retriever/retriever.js');
  const { ALL_TESTS, NUM_TESTS } = await from('src/constants.js');
  const { getGradeForScore, getScoreModifier } = await from('src/grader/grader.js');
  const { MINIMUM_SCORE_FOR_EXTRA_CREDIT } = await from('src/grader/charts.js');

  const requests = await retrieve('localhost', { httpPort, httpsPort });
  if (!requests.responses.auto) throw new Error('the site did not answer');
  let withExtraCredit = 100;
  let uncurved = 100;
  const tests = ALL_TESTS.map((test) => {
    const output = test(requests);
    const modifier = output.result ? getScoreModifier(output.result) : 0;
    withExtraCredit += modifier;
    if (modifier < 0) uncurved += modifier;
    return { test: output.constructor.name.replace(/Output$/, ''), pass: output.pass, result: output.result, modifier };
  });
  const { grade, score } = getGradeForScore(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved);
  return {
    grade,
    score,
    status: requests.responses.auto.status,
    url: requests.session.redirectHistory.at(-1)?.url.href ?? requests.session.url.href,
    passed: tests.filter((t) => t.pass).length,
    total: NUM_TESTS,
    tests,
  };
}

export async function measureObservatory() {
  const certificate = selfSignedCertificate();
  const next = await startNext();
  const site = await deployment(next.url, certificate);
  try {
    // Asynchronously: the front and the redirect answer from this process while the child scans.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [new URL(import.meta.url).pathname, '--child', String(site.httpPort), String(site.httpsPort)],
      { env: { ...process.env, NODE_EXTRA_CA_CERTS: certificate.cert } },
    );
    return JSON.parse(stdout);
  } finally {
    site.close();
    next.stop();
    rmSync(certificate.dir, { recursive: true, force: true });
  }
}

export function printObservatory(result) {
  console.log(`Observatory: grade ${result.grade}, score ${result.score}, ${result.passed}/${result.total} tests passed (${result.url} → ${result.status})`);
  console.table(result.tests.map(({ test, pass, result: outcome, modifier }) => ({ test, pass, result: outcome, modifier })));
}

if (process.argv[2] === '--child') {
  const [httpPort, httpsPort] = process.argv.slice(3).map(Number);
  process.stdout.write(JSON.stringify(await scanInChild({ httpPort, httpsPort })));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  requireBuild('bench/observatory.mjs');
  printObservatory(await measureObservatory());
  process.exit(0);
}
