import type { Logger } from '@comptoir/kit/logger';
import { acceptRequestId } from '@comptoir/kit/request-id';
import type { Request } from 'express';
import type { RouterConcern } from '../concern.ts';

const header = 'x-request-id';
const requestIds = new WeakMap<Request, string>();

export type RequestIdContext = {
  requestId: string;
  /** The router logger bound to this request's id. */
  log: Logger;
};

/**
 * Gives every request an id: the caller's `x-request-id` when it is a sane token (so a trace can
 * start at the edge), otherwise a fresh UUID. The id is echoed on the response, bound to the
 * request's logger and sent to every subgraph the request reaches.
 */
export function requestId(logger: Logger): RouterConcern {
  return {
    onHttpRequest(req, res, next) {
      const id = acceptRequestId(req.get(header));
      requestIds.set(req, id);
      res.set(header, id);
      next();
    },
    context: (req) => {
      const id = requestIdOf(req);
      return { requestId: id, log: logger.child({ requestId: id }) };
    },
    onSubgraphRequest({ context, headers }) {
      headers.set(header, context.requestId);
    },
  };
}

/** The id assigned to this request; the request id concern must come first. */
export function requestIdOf(req: Request): string {
  const id = requestIds.get(req);
  if (id === undefined) throw new Error('the request id concern must run before requestIdOf()');
  return id;
}
