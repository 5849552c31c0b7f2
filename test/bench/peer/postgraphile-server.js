// PostGraphile v5 serving the gateway's own tables, as the peer the gateway is measured against.
// Plain JavaScript, like every server the bench starts: no loader in the process to be measured with it.
import { createServer } from 'node:http';
import { countingPool, serveControl } from '../servers/control.js';

// PostGraphile 5 declares Node >= 22 and needs Promise.withResolvers, which Node 20 lacks.
if (!('withResolvers' in Promise)) {
  Object.defineProperty(Promise, 'withResolvers', {
    value() {
      let resolve;
      let reject;
      const promise = new Promise((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

const { postgraphile } = await import('postgraphile');
const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
const { makePgService } = await import('postgraphile/adaptors/pg');
const { grafserv } = await import('postgraphile/grafserv/node');

const port = Number(process.env.PORT);
const { pool, statements } = countingPool(process.env.DATABASE_URL);
const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  grafserv: { port, graphqlPath: '/graphql', websockets: false },
  grafast: { explain: false },
});
const serv = pgl.createServ(grafserv);
const server = createServer();
server.once('listening', () => serveControl(Number(process.env.CONTROL_PORT), statements));
await serv.addTo(server);
await pgl.getSchema();
server.listen(port, '127.0.0.1');
