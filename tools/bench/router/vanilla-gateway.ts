/**
 * The baseline: vanilla @apollo/gateway on Apollo Server with default settings, started as the
 * public benchmark starts it (startStandaloneServer), on a supergraph file.
 *
 *   node tools/bench/router/vanilla-gateway.ts <supergraph file> <port>
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const [supergraphPath, portText] = process.argv.slice(2);
const port = Number(portText);
if (supergraphPath === undefined || !Number.isSafeInteger(port)) {
  console.error('usage: node tools/bench/router/vanilla-gateway.ts <supergraph file> <port>');
  process.exit(2);
}

const server = new ApolloServer({
  gateway: new ApolloGateway({ supergraphSdl: readFileSync(supergraphPath, 'utf8') }),
});
try {
  const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  console.log(`vanilla gateway ready at ${url}`);
} catch (error) {
  console.error(`vanilla gateway cannot listen on 127.0.0.1:${port}: ${(error as Error).message}`);
  process.exit(1);
}
